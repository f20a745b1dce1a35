using Npgsql;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// A fresh PostgreSQL database with the two roles of production: the owner (the server's admin here), who runs the
/// migrate job, and a web role of this test's own (roles belong to the whole server, so each test needs its own name),
/// whose password, like the owner's, reaches the app only through a file, as a Docker secret does.
/// </summary>
public sealed class WebRoleDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _folder;

    private WebRoleDatabase(string admin, string name, string folder)
    {
        _admin = admin;
        _folder = folder;
        var owner = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        OwnerPassword = owner.Password;
        owner.Password = null;
        Owner = owner.ConnectionString;
        WebRole = $"jiangmen_web_{Guid.NewGuid():N}";
        Web = new NpgsqlConnectionStringBuilder(Owner) { Username = WebRole }.ConnectionString;
    }

    /// <summary>The owner's connection string, without its password (that is in <see cref="OwnerPasswordFile"/>).</summary>
    public string Owner { get; }

    /// <summary>The web role's connection string, without its password (that is in <see cref="WebPasswordFile"/>).</summary>
    public string Web { get; }

    public string WebRole { get; }

    public string? OwnerPassword { get; }

    public string WebPassword { get; } = $"web-{Guid.NewGuid():N}";

    public string OwnerPasswordFile => Path.Combine(_folder, "db_owner_password");

    public string WebPasswordFile => Path.Combine(_folder, "db_web_password");

    /// <summary>The web role's connection with its password, for a test to act as a web instance would.</summary>
    public string WebWithPassword => new NpgsqlConnectionStringBuilder(Web) { Password = WebPassword }.ConnectionString;

    /// <summary>The migrate job's variables, as docker-compose.yml sets them.</summary>
    public Dictionary<string, string> MigrateEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__MigrateOnStart"] = "false",
            ["ConnectionStrings__Dashboard"] = Owner,
            ["ConnectionStrings__DashboardWeb"] = Web,
            ["Database__WebPasswordFile"] = WebPasswordFile,
        };
        if (OwnerPassword is not null)
        {
            environment["Database__PasswordFile"] = OwnerPasswordFile;
        }

        return environment;
    }

    /// <summary>A web instance's variables, as docker-compose.yml sets them, listening on <paramref name="address"/>.</summary>
    public Dictionary<string, string> WebEnvironment(Uri address) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["Database__MigrateOnStart"] = "false",
        ["ConnectionStrings__Dashboard"] = Web,
        ["Database__PasswordFile"] = WebPasswordFile,
        ["ASPNETCORE_URLS"] = address.ToString(),
    };

    /// <summary>An empty database on the server <paramref name="admin"/> reaches (default: the one ./test.sh starts).</summary>
    public static async Task<WebRoleDatabase> CreateAsync(string? admin = null)
    {
        admin ??= TestDatabase.PostgresAdminConnectionString;
        var name = $"jiangmen_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var database = new WebRoleDatabase(admin, name, Directory.CreateTempSubdirectory("jiangmen-secrets-").FullName);
        if (database.OwnerPassword is not null)
        {
            await File.WriteAllTextAsync(database.OwnerPasswordFile, database.OwnerPassword + "\n");
        }

        await File.WriteAllTextAsync(database.WebPasswordFile, database.WebPassword + "\n");
        return database;
    }

    /// <summary>Runs the migrate job's command (`seed`) with the published app; fails the test if it fails.</summary>
    public async Task<string> SeedAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = MigrateEnvironment();
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var (exitCode, output) = await AppProcess.RunAsync(await Published.FolderAsync(), environment, "seed");
        exitCode.Should().Be(0, "the migrate job should succeed:\n{0}", output);
        return output;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(Owner).Database;
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        // Its privileges went with the database; the role itself belongs to the server.
        await ExecuteAsync(_admin, $"DROP ROLE IF EXISTS \"{WebRole}\"");
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
