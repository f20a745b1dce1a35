using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>The embedded default: one file, one process.</summary>
public sealed class SqliteDashboardContext(DbContextOptions<SqliteDashboardContext> options) : DashboardContext(options)
{
    // One process owns an embedded database; EF Core's own migration lock covers the rest.
    public override Task<IAsyncDisposable> LockMaintenanceAsync(CancellationToken ct = default) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
