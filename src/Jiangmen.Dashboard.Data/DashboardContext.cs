using Jiangmen.Dashboard.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>
/// The dashboard's data. Each provider has its own subclass so that each keeps its own migrations.
/// </summary>
public abstract class DashboardContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<Designation> Designations => Set<Designation>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<PartnershipMember> PartnershipMembers => Set<PartnershipMember>();
    public DbSet<Platform> Platforms => Set<Platform>();
    public DbSet<PlatformRegion> PlatformRegions => Set<PlatformRegion>();
    public DbSet<JointProject> JointProjects => Set<JointProject>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    /// <summary>The key ring every web instance shares, so a cookie or token made by one is read by another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Held while migrating or seeding, so that only one instance at a time changes the schema or the data.</summary>
    public abstract Task<IAsyncDisposable> LockMaintenanceAsync(CancellationToken ct = default);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the tables read well in psql and sqlite3.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

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
