using Jiangmen.Dashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Jiangmen.Dashboard.Testing;

/// <summary>
/// A fresh, empty, migrated database of one provider for one test: a temporary SQLite file, or a new database
/// on the real PostgreSQL server that ./test.sh starts (its admin connection string in JIANGMEN_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JIANGMEN_TEST_POSTGRES";

    /// <summary>The providers a test must hold on: SQLite, and in the full tier (<see cref="TestTier"/>) PostgreSQL too.</summary>
    public static TheoryData<string> Providers => TestTier.Full ? new() { "Sqlite", "Postgres" } : new() { "Sqlite" };

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider, bool migrate = true)
    {
        var database = Enum.Parse<DatabaseProvider>(provider) switch
        {
            DatabaseProvider.Sqlite => CreateSqlite(),
            _ => await CreatePostgresAsync(),
        };

        if (migrate)
        {
            await using var db = database.CreateContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    /// <summary>
    /// A context on this database. With an <paramref name="interceptor"/>, every row is written by a command of its own,
    /// so that the interceptor sees (and may fail) each one.
    /// </summary>
    public DashboardContext CreateContext(IInterceptor? interceptor = null)
    {
        IInterceptor[] interceptors = interceptor is null ? [] : [interceptor];
        return Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>()
                .UseSqlite(ConnectionString, s =>
                {
                    if (interceptor is not null)
                    {
                        s.MaxBatchSize(1);
                    }
                })
                .AddInterceptors(interceptors).Options),
            _ => new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>()
                .UseNpgsql(ConnectionString, n =>
                {
                    n.EnableRetryOnFailure();
                    if (interceptor is not null)
                    {
                        n.MaxBatchSize(1);
                    }
                })
                .AddInterceptors(interceptors).Options),
        };
    }

    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. The PostgreSQL tests never skip: run ./test.sh, which starts PostgreSQL and sets it.");

    private static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jiangmen-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString);
        var name = $"jiangmen_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        admin.Database = name;
        return new TestDatabase(DatabaseProvider.Postgres, admin.ConnectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            // The app keeps its SQLite file in write-ahead-log mode, which may leave these beside it.
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
