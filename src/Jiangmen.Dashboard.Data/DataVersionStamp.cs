using System.Collections.Concurrent;
using System.Data.Common;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>Reads and writes the stamp of <see cref="DataVersion"/>.</summary>
public static class DataVersionStamp
{
    // PostgreSQL: a pool of its own, whose connections are not reset when returned (the read changes no session state)
    // and keep the statement prepared, so that a page served from the cache costs the server a bind and an execute
    // rather than a reset, a parse and a plan. bench/RESULTS.md has what it changed.
    private static readonly ConcurrentDictionary<string, string> StampConnectionStrings = new();

    /// <summary>
    /// The stamp of the data now in the database; null before the first load or when the table is not there yet.
    /// Read on a plain pooled connection: a request pays this on every page served from the cache, where building a
    /// DbContext would cost more than the query.
    /// </summary>
    public static async Task<string?> ReadAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        await using DbConnection connection = postgres
            ? new NpgsqlConnection(StampConnectionStrings.GetOrAdd(settings.ConnectionString,
                c => new NpgsqlConnectionStringBuilder(c) { NoResetOnClose = true }.ConnectionString))
            : new SqliteConnection(settings.ConnectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Stamp\" FROM \"DataVersions\" WHERE \"Id\" = {DataVersion.SingletonId}";
        // As long as any other command may take: a locked or dying database is reported, not waited for.
        command.CommandTimeout = settings.CommandTimeoutSeconds;
        try
        {
            await connection.OpenAsync(ct);
            if (postgres)
            {
                // Once per pooled connection; afterwards Npgsql finds it already prepared.
                await command.PrepareAsync(ct);
            }

            return await command.ExecuteScalarAsync(ct) as string;
        }
        catch (DbException) when (!ct.IsCancellationRequested)
        {
            // Not migrated yet, or the database is away: nothing to key a cache on; the page itself will say more.
            return null;
        }
    }

    /// <summary>Marks the data as changed; the caller saves, in the transaction that changed the data.</summary>
    public static async Task WriteAsync(DashboardContext db, CancellationToken ct = default)
    {
        var row = await db.DataVersions.FirstOrDefaultAsync(v => v.Id == DataVersion.SingletonId, ct)
            ?? db.DataVersions.Add(new DataVersion { Stamp = "" }).Entity;
        row.Stamp = DataVersion.NewStamp();
        row.ChangedAt = DateTimeOffset.UtcNow;
    }
}
