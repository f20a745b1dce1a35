using System.Diagnostics;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Jiangmen.Dashboard.Bench;

/// <summary>
/// Creates a benchmark database: the real migrations, the real seeds/, then the synthetic rows of
/// <see cref="SyntheticShape"/> written in bulk (SQLite: one prepared insert in one transaction; PostgreSQL: binary COPY),
/// a new data stamp, and fresh planner statistics.
/// </summary>
internal static class Generator
{
    public static async Task RunAsync(DatabaseProvider provider, string connectionString, string seedDirectory, long observations)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            // The COPY of millions of rows and the ANALYZE after it outlast Npgsql's default 30-second command timeout.
            connectionString = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString();
        }

        var clock = Stopwatch.StartNew();
        await using (var db = Database.Context(provider, connectionString))
        {
            await db.Database.MigrateAsync();
            if (await db.Sources.AnyAsync())
            {
                throw new InvalidOperationException("The benchmark database is not empty; the generator only fills a new one.");
            }

            await SeedLoader.LoadAsync(db, SeedReader.Read(seedDirectory));
        }

        SyntheticShape shape;
        HashSet<(string, string, string)> taken;
        await using (var db = Database.Context(provider, connectionString))
        {
            var regions = await db.Regions.AsNoTracking().ToListAsync();
            var indicators = await db.Indicators.AsNoTracking().ToListAsync();
            shape = new SyntheticShape(regions, indicators, observations);
            taken = [.. (await db.Observations.Where(o => o.RegionCode != null).Select(o => new { o.RegionCode, o.IndicatorCode, o.Period }).ToListAsync())
                .Select(o => (o.RegionCode!, o.IndicatorCode, o.Period))];
            db.Sources.Add(SyntheticShape.Source);
            db.Indicators.AddRange(shape.SyntheticIndicators);
            db.Regions.AddRange(shape.Towns);
            await db.SaveChangesAsync();
        }

        Console.Error.WriteLine($"[generate] schema, seeds and synthetic catalogue in {clock.Elapsed.TotalSeconds:F1} s");
        var rows = shape.Rows(taken);
        var written = provider == DatabaseProvider.Sqlite
            ? WriteSqlite(connectionString, rows)
            : await WritePostgresAsync(connectionString, rows);
        Console.Error.WriteLine($"[generate] {written} synthetic observations in {clock.Elapsed.TotalSeconds:F1} s");

        await using (var db = Database.Context(provider, connectionString))
        {
            await DataVersionStamp.WriteAsync(db);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.Error.WriteLine($"[generate] done in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static long WriteSqlite(string connectionString, IEnumerable<SyntheticShape.Row> rows)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // A throw-away file: speed over durability while it is filled.
            pragma.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO "Observations" ("RegionCode", "IndicatorCode", "Period", "Value", "Qualifier", "SourceId", "Quote")
            VALUES ($region, $indicator, $period, $value, 'Exact', $source, $quote)
            """;
        var region = insert.Parameters.Add("$region", SqliteType.Text);
        var indicator = insert.Parameters.Add("$indicator", SqliteType.Text);
        var period = insert.Parameters.Add("$period", SqliteType.Text);
        var value = insert.Parameters.Add("$value", SqliteType.Text);
        insert.Parameters.AddWithValue("$source", SyntheticShape.SourceId);
        insert.Parameters.AddWithValue("$quote", SyntheticShape.Quote);
        insert.Prepare();
        var count = 0L;
        foreach (var row in rows)
        {
            region.Value = row.RegionCode;
            indicator.Value = row.IndicatorCode;
            period.Value = row.Period;
            value.Value = row.Value;
            insert.ExecuteNonQuery();
            count++;
        }

        transaction.Commit();
        return count;
    }

    private static async Task<long> WritePostgresAsync(string connectionString, IEnumerable<SyntheticShape.Row> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY "Observations" ("RegionCode", "IndicatorCode", "Period", "Value", "Qualifier", "SourceId", "Quote") FROM STDIN (FORMAT BINARY)
            """);
        var count = 0L;
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(row.RegionCode, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.IndicatorCode, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.Period, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.Value, NpgsqlDbType.Numeric);
            await copy.WriteAsync(nameof(Qualifier.Exact), NpgsqlDbType.Varchar);
            await copy.WriteAsync(SyntheticShape.SourceId, NpgsqlDbType.Varchar);
            await copy.WriteAsync(SyntheticShape.Quote, NpgsqlDbType.Text);
            count++;
        }

        await copy.CompleteAsync();
        return count;
    }
}
