using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// The web instances connect as a role the migrate job made, which can read every table and add data-protection keys,
/// and nothing else: whatever a flaw in a web instance lets an attacker run, no figure can be changed or dropped.
/// </summary>
public sealed class WebRoleTests(ITestOutputHelper output)
{
    // The keys' table is the one the web role may add rows to; the others are the data, which it may only read.
    private const string KeysTable = "DataProtectionKeys";

    [Fact]
    public async Task The_web_role_can_read_every_table_and_change_none_of_the_data()
    {
        await using var database = await WebRoleDatabase.CreateAsync();
        await database.SeedAsync();
        // Twice, as every deployment runs it: granting again changes nothing and fails on nothing.
        await database.SeedAsync();

        await using var web = new NpgsqlConnection(database.WebWithPassword);
        await web.OpenAsync();
        var tables = await TablesAsync(web);
        tables.Should().Contain(["Observations", "Regions", "Sources", "__EFMigrationsHistory", KeysTable]);
        foreach (var table in tables)
        {
            (await RefusedAsync(web, $"SELECT count(*) FROM \"{table}\"")).Should().BeNull($"the web role reads {table}");
        }

        foreach (var table in tables.Where(t => t != KeysTable))
        {
            var column = await FirstColumnAsync(web, table);
            foreach (var write in new[]
            {
                $"INSERT INTO \"{table}\" DEFAULT VALUES",
                $"UPDATE \"{table}\" SET \"{column}\" = \"{column}\"",
                $"DELETE FROM \"{table}\"",
                $"TRUNCATE \"{table}\" CASCADE",
                $"DROP TABLE \"{table}\" CASCADE",
            })
            {
                var refused = await RefusedAsync(web, write);
                refused.Should().NotBeNull($"the web role must not run: {write}");
                refused!.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege, write);
            }
        }

        // The keys: it may add one (a web instance makes the next key when the current one nears its end), not change any.
        (await RefusedAsync(web, $"BEGIN; INSERT INTO \"{KeysTable}\" (\"FriendlyName\", \"Xml\") VALUES ('test', '<key/>'); ROLLBACK"))
            .Should().BeNull("the web role adds data-protection keys");
        foreach (var write in new[] { $"UPDATE \"{KeysTable}\" SET \"Xml\" = ''", $"DELETE FROM \"{KeysTable}\"", $"TRUNCATE \"{KeysTable}\"", $"DROP TABLE \"{KeysTable}\"" })
        {
            var refused = await RefusedAsync(web, write);
            refused.Should().NotBeNull($"the web role must not run: {write}");
            refused!.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege, write);
        }

        // Nor can it make objects of its own, or become the owner.
        (await RefusedAsync(web, "CREATE TABLE web_made (id int)"))!.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        var owner = new NpgsqlConnectionStringBuilder(database.Owner).Username;
        (await RefusedAsync(web, $"SET ROLE \"{owner}\""))!.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);

        // The grants as psql lists them, for the record.
        var o = new NpgsqlConnectionStringBuilder(database.Owner);
        var (_, grants) = await AppProcess.RunProgramAsync("psql", Path.GetTempPath(),
            "-h", o.Host!, "-p", o.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", o.Username!, "-d", o.Database!, "-c", "\\dp");
        output.WriteLine(grants);
    }

    [Fact]
    public async Task Two_instances_as_the_web_role_serve_every_page_and_download_alike_and_accept_each_others_tokens()
    {
        await using var database = await WebRoleDatabase.CreateAsync();
        await database.SeedAsync();
        var folder = await Published.FolderAsync();
        var addresses = new[] { AppProcess.FreeAddress(), AppProcess.FreeAddress() };
        // Hundreds of downloads from one address: past the per-client limit, which RateLimitTests covers.
        Dictionary<string, string> Environment(Uri address) => new(database.WebEnvironment(address)) { ["RateLimits__PermitLimit"] = "1000000" };
        await using var first = AppProcess.Start(folder, Environment(addresses[0]));
        await using var second = AppProcess.Start(folder, Environment(addresses[1]));
        await first.WaitForAsync(new Uri(addresses[0], "/health/ready"));
        await second.WaitForAsync(new Uri(addresses[1], "/health/ready"));

        // One name for both, as nginx passes on: pages cite their own address.
        using var a = new HttpClient { BaseAddress = addresses[0], DefaultRequestHeaders = { Host = "dashboard.example" } };
        using var b = new HttpClient { BaseAddress = addresses[1], DefaultRequestHeaders = { Host = "dashboard.example" } };
        var paths = await EveryAddressAsync(database.WebWithPassword);
        foreach (var path in paths)
        {
            using var fromFirst = await a.GetAsync(new Uri(path, UriKind.Relative));
            using var fromSecond = await b.GetAsync(new Uri(path, UriKind.Relative));
            fromFirst.StatusCode.Should().Be(HttpStatusCode.OK, "{0} as the web role:\n{1}", path, first.Log);
            fromSecond.StatusCode.Should().Be(HttpStatusCode.OK, "{0} as the web role:\n{1}", path, second.Log);
            (await ContentAsync(fromFirst)).Should().Equal(await ContentAsync(fromSecond), "both instances serve the same {0}", path);
        }

        output.WriteLine($"{paths.Count} addresses, each 200 and the same on both instances");
        first.Lines.Concat(second.Lines).Should().NotContain(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)
            || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal));

        // Cookies and tokens: made by one instance, read by the other through the key ring the migrate job made.
        await using var one = new WebRoleApplication(database);
        await using var other = new WebRoleApplication(database);
        var (cookie, header, token) = TwoInstanceTests.IssueToken(one.Services);
        (await TwoInstanceTests.IsValidAsync(other.Services, cookie, header, token)).Should().BeTrue("the other instance reads the same key ring");
        var secret = one.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("侨都");
        other.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret).Should().Be("侨都");
    }

    /// <summary>Every page, each of its downloads, the bulk export and the API, for every thing the database holds.</summary>
    private static async Task<List<string>> EveryAddressAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        async Task<List<string>> Keys(string sql)
        {
            await using var command = new NpgsqlCommand(sql, db);
            await using var reader = await command.ExecuteReaderAsync();
            var keys = new List<string>();
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }

            return keys;
        }

        var regions = await Keys("SELECT \"Slug\" FROM \"Regions\" WHERE \"Slug\" IS NOT NULL ORDER BY 1");
        var indicators = await Keys("SELECT \"Code\" FROM \"Indicators\" ORDER BY 1");
        List<string> tables =
        [
            .. regions.Select(r => $"/regions/{r}"),
            .. indicators.Select(i => $"/indicators/{i}"),
            .. (await Keys("SELECT \"Slug\" FROM \"Partnerships\" ORDER BY 1")).Select(p => $"/partnerships/{p}"),
            .. (await Keys("SELECT \"Slug\" FROM \"Platforms\" ORDER BY 1")).Select(p => $"/platforms/{p}"),
            .. (await Keys("SELECT \"Id\" FROM \"Sources\" ORDER BY 1")).Select(s => $"/sources/{s}"),
            "/indicators", "/partnerships", "/platforms", "/sources",
        ];
        const string compare = "?regions=xinhui,taishan,kaiping,heshan&indicators=gdp,gdp_growth,resident_population";
        return
        [
            "/", "/compare" + compare, "/partnerships?table=figures",
            .. tables.SelectMany(t => new[] { t, t + ".csv", t + ".metadata.json", t + ".zip" }),
            "/compare.csv" + compare, "/compare.metadata.json" + compare, "/compare.zip" + compare,
            "/export/observations.csv", "/export/observations.metadata.json", "/export/observations.zip",
            "/api/regions", "/api/indicators", "/api/observations", "/api/compare" + compare, "/geo/jiangmen.json",
            "/health/ready",
        ];
    }

    /// <summary>The body, or for a zip its entries' names and contents (an archive records when it was made).</summary>
    private static async Task<byte[]> ContentAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/zip")
        {
            return bytes;
        }

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var entries = new MemoryStream();
        foreach (var entry in zip.Entries)
        {
            entries.Write(System.Text.Encoding.UTF8.GetBytes(entry.FullName));
            await using var stream = entry.Open();
            await stream.CopyToAsync(entries);
        }

        return entries.ToArray();
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<string> FirstColumnAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table ORDER BY ordinal_position LIMIT 1", connection);
        command.Parameters.AddWithValue("table", table);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The error PostgreSQL answered <paramref name="sql"/> with, or null when it ran.</summary>
    private static async Task<PostgresException?> RefusedAsync(NpgsqlConnection connection, string sql)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException ex)
        {
            return ex;
        }
    }

    /// <summary>The app in-process, configured as a web instance is: the web role, its password from the file, no migrating.</summary>
    private sealed class WebRoleApplication(WebRoleDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in database.WebEnvironment(new Uri("http://127.0.0.1")).Where(e => e.Key != "ASPNETCORE_URLS"))
            {
                builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
            }

            builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]));
        }
    }
}
