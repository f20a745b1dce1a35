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
    public DbSet<Project> Projects => Set<Project>();
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
