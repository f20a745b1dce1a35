using System.Data.Common;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>Reads and writes the stamp of <see cref="DataVersion"/>.</summary>
public static class DataVersionStamp
{
    /// <summary>
    /// The stamp of the data now in the database; null before the first load or when the table is not there yet.
    /// Read on a plain pooled connection: a request pays this on every page served from the cache, where building a
    /// DbContext would cost more than the query.
    /// </summary>
    public static async Task<string?> ReadAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        await using DbConnection connection = settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Stamp\" FROM \"DataVersions\" WHERE \"Id\" = {DataVersion.SingletonId}";
        try
        {
            await connection.OpenAsync(ct);
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
