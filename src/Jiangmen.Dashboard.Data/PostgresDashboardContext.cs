using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>Production: several instances share one server.</summary>
public sealed class PostgresDashboardContext(DbContextOptions<PostgresDashboardContext> options) : DashboardContext(options)
{
    // Any fixed number, the same in every instance: the lock's name.
    private const long MaintenanceLockKey = 0x4A4D_4441_5348;

    /// <summary>
    /// A session-level advisory lock held on this context's connection until disposed: instances that start
    /// together on an empty database wait for each other instead of migrating and seeding twice.
    /// </summary>
    public override async Task<IAsyncDisposable> LockMaintenanceAsync(CancellationToken ct = default)
    {
        await Database.OpenConnectionAsync(ct);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MaintenanceLockKey})", ct);
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
