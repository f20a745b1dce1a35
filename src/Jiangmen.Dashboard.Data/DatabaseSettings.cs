using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Jiangmen.Dashboard.Data;

/// <summary>
/// Where the data lives: <c>Database:Provider</c> and <c>ConnectionStrings:Dashboard</c>,
/// overridable as <c>Database__Provider</c> and <c>ConnectionStrings__Dashboard</c>. On PostgreSQL the password may come
/// from the file <c>Database:PasswordFile</c> names (a Docker secret) rather than from the connection string.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart, int CommandTimeoutSeconds = DatabaseSettings.DefaultCommandTimeoutSeconds)
{
    /// <summary>
    /// Database:CommandTimeoutSeconds. A page's queries take milliseconds; one that hangs (a lock, a dying server)
    /// is given up after this and answered 503 instead of holding a connection and a reader forever.
    /// </summary>
    public const int DefaultCommandTimeoutSeconds = 30;

    /// <summary>The embedded default: a SQLite file in the git-ignored App_Data folder of the content root.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/jiangmen.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed) ? parsed
            : throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; it must be Sqlite or Postgres.");

        var connectionString = configuration.GetConnectionString("Dashboard");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    "ConnectionStrings:Dashboard (ConnectionStrings__Dashboard) is required when Database:Provider is Postgres.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = AnchorSqliteFile(connectionString, contentRoot);
        }
        else if (configuration["Database:PasswordFile"] is { Length: > 0 } passwordFile)
        {
            connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Password = Secret.Read(passwordFile) }.ConnectionString;
        }

        var migrateOnStart = configuration.GetValue("Database:MigrateOnStart", defaultValue: true);
        var commandTimeout = configuration.GetValue("Database:CommandTimeoutSeconds", DefaultCommandTimeoutSeconds);
        if (commandTimeout < 1)
        {
            throw new InvalidOperationException($"Database:CommandTimeoutSeconds is {commandTimeout}; it must be 1 or more.");
        }

        return new DatabaseSettings(provider, connectionString, migrateOnStart, commandTimeout);
    }

    /// <summary>Without the connection string, which may hold a password: a record would print every member.</summary>
    public override string ToString() =>
        $"{nameof(DatabaseSettings)} {{ {nameof(Provider)} = {Provider}, {nameof(MigrateOnStart)} = {MigrateOnStart}, {nameof(CommandTimeoutSeconds)} = {CommandTimeoutSeconds} }}";

    // A relative SQLite path means "under the content root", whatever the working directory, and its folder is created.
    private static string AnchorSqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (file.Length == 0 || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        var path = Path.GetFullPath(file, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }
}
