using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Xunit.Abstractions;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// Logs are read by more people and machines than the database: no password, connection string or key may reach them,
/// at any level, whatever happens. Run on a server of the test's own that demands passwords, as production does.
/// </summary>
public sealed partial class LogSecretsTests(ITestOutputHelper output)
{
    // Every level of every source, the app's and the libraries'.
    private static readonly Dictionary<string, string> Verbose = new()
    {
        ["Serilog__MinimumLevel__Default"] = "Verbose",
        ["Serilog__MinimumLevel__Override__Microsoft.AspNetCore"] = "Verbose",
        ["Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore"] = "Verbose",
    };

    [Fact]
    public async Task No_password_connection_string_or_key_reaches_the_log_at_any_level()
    {
        var ownerPassword = $"owner-{Guid.NewGuid():N}";
        var wrongPassword = $"wrong-{Guid.NewGuid():N}";
        await using var server = await PostgresServer.StartAsync(ownerPassword);
        await using var database = await WebRoleDatabase.CreateAsync(server.ConnectionString);
        var folder = await Published.FolderAsync();
        var lines = new List<string>();

        // Seed: the migrate job, as the owner, makes the web role and the key ring.
        lines.AddRange((await database.SeedAsync(Verbose)).Split('\n'));

        // Start and requests, as the web role.
        var address = AppProcess.FreeAddress();
        await using (var web = AppProcess.Start(folder, With(database.WebEnvironment(address))))
        {
            await web.WaitForAsync(new Uri(address, "/health/ready"));
            using var client = new HttpClient { BaseAddress = address };
            foreach (var path in new[] { "/regions/xinhui", "/export/observations.zip", "/api/regions", "/nowhere" })
            {
                using var _ = await client.GetAsync(new Uri(path, UriKind.Relative));
            }

            lines.AddRange(web.Lines);
        }

        // Failed connections: a web instance and the migrate job whose password files hold the wrong password.
        await File.WriteAllTextAsync(database.WebPasswordFile, wrongPassword);
        await File.WriteAllTextAsync(database.OwnerPasswordFile, wrongPassword);
        var refusedAddress = AppProcess.FreeAddress();
        await using (var refused = AppProcess.Start(folder, With(database.WebEnvironment(refusedAddress))))
        {
            await refused.WaitForAsync(new Uri(refusedAddress, "/health/ready"), HttpStatusCode.ServiceUnavailable);
            using var client = new HttpClient { BaseAddress = refusedAddress };
            using var page = await client.GetAsync(new Uri("/regions/taishan", UriKind.Relative));
            ((int)page.StatusCode).Should().BeGreaterThanOrEqualTo(500);
            lines.AddRange(refused.Lines);
        }

        var (exitCode, failedSeed) = await AppProcess.RunAsync(folder, With(database.MigrateEnvironment()), "seed");
        exitCode.Should().NotBe(0, "the migrate job cannot log in with the wrong password");
        lines.AddRange(failedSeed.Split('\n'));

        lines.Should().Contain(l => l.Contains("\"@l\":\"Verbose\"", StringComparison.Ordinal), "every level was logged");
        lines.Count(l => l.Contains("28P01", StringComparison.Ordinal)).Should().BeGreaterThan(1,
            "the failed logins are logged (by their error code), by the web instance and by the migrate job");

        var keys = await KeyMaterialAsync(new NpgsqlConnectionStringBuilder(database.Owner) { Password = ownerPassword }.ConnectionString);
        keys.Should().NotBeEmpty("the migrate job made the key ring");
        string[] secrets = [ownerPassword, database.WebPassword, wrongPassword, .. keys];
        foreach (var secret in secrets)
        {
            lines.Should().NotContain(l => l.Contains(secret, StringComparison.Ordinal), "no log line may carry a secret");
        }

        lines.Should().NotContain(l => l.Contains("Password=", StringComparison.OrdinalIgnoreCase), "no connection string with its password");
        lines.Should().NotContain(l => l.Contains(database.Owner, StringComparison.Ordinal) || l.Contains(database.Web, StringComparison.Ordinal),
            "no connection string at all");
        output.WriteLine($"{lines.Count} log lines searched for {secrets.Length} secrets");
        output.WriteLine(lines.First(l => l.Contains("28P01", StringComparison.Ordinal)));
    }

    private static Dictionary<string, string> With(Dictionary<string, string> environment)
    {
        foreach (var (key, value) in Verbose)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>The secret part of every data-protection key: the base64 of each master key's value.</summary>
    private static async Task<List<string>> KeyMaterialAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Xml\" FROM \"DataProtectionKeys\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.AddRange(MasterKeyValue().Matches(reader.GetString(0)).Select(m => m.Groups[1].Value));
        }

        return keys;
    }

    [GeneratedRegex("<value>([^<]+)</value>")]
    private static partial Regex MasterKeyValue();
}
