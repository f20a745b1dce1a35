using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>Production: several instances share one server.</summary>
public sealed class PostgresDashboardContext(DbContextOptions<PostgresDashboardContext> options) : DashboardContext(options)
{
    // Any fixed number, the same in every instance: the lock's name.
    private const long MaintenanceLockKey = 0x4A4D_4441_5348;

    /// <summary>
    /// How long an instance waits for another to finish migrating and seeding: far beyond a command's usual limit, since
    /// the holder is working, not hung (a load of the real seeds takes seconds; of a benchmark database, minutes).
    /// </summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A session-level advisory lock held on this context's connection until disposed: instances that start
    /// together on an empty database wait for each other instead of migrating and seeding twice.
    /// </summary>
    public override async Task<IAsyncDisposable> LockMaintenanceAsync(CancellationToken ct = default)
    {
        await Database.OpenConnectionAsync(ct);
        var usual = Database.GetCommandTimeout();
        Database.SetCommandTimeout(LockWait);
        try
        {
            await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MaintenanceLockKey})", ct);
        }
        finally
        {
            Database.SetCommandTimeout(usual);
        }

        return new AdvisoryLock(this);
    }

    private sealed class AdvisoryLock(PostgresDashboardContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MaintenanceLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
