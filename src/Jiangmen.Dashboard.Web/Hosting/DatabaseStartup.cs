using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>Migrates the database and loads seeds/: on first start, and as the `migrate` and `seed` commands.</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, DatabaseSettings settings, IConfiguration configuration, ILogger<DatabaseStartup> logger)
{
    public string SeedDirectory { get; } = configuration["Seed:Directory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>
    /// Before serving: migrate and seed an empty database, unless Database:MigrateOnStart is false (production runs
    /// the `migrate` and `seed` commands instead, and /health/ready says when they are still owed).
    /// </summary>
    public async Task PrepareAsync(CancellationToken ct = default)
    {
        if (!settings.MigrateOnStart)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardContext>();
        // Held from the check to the last seeded row: a second instance starting now waits, then finds the data.
        await using var maintenance = await db.LockMaintenanceAsync(ct);
        await MigrateAsync(db, ct);
        if (await db.Sources.AnyAsync(ct))
        {
            logger.LogInformation("The database already holds data; not seeding");
            return;
        }

        logger.LogInformation("The database holds no data yet; seeding it from {SeedDirectory}", SeedDirectory);
        await SeedAsync(db, SeedReader.Read(SeedDirectory), ct);
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardContext>();
        await using var maintenance = await db.LockMaintenanceAsync(ct);
        await MigrateAsync(db, ct);
    }

    public async Task<SeedResult> SeedAsync(CancellationToken ct = default)
    {
        // Read and validated before taking the lock: a broken seeds/ folder never holds up another instance.
        var seeds = SeedReader.Read(SeedDirectory);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardContext>();
        await using var maintenance = await db.LockMaintenanceAsync(ct);
        return await SeedAsync(db, seeds, ct);
    }

    private async Task MigrateAsync(DashboardContext db, CancellationToken ct)
    {
        // Migrate costs about 0.2 s at start even with nothing to apply (it takes its lock and validates the migrations
        // against the model), and most starts have nothing to apply. Data/MigrationTests keeps model and migrations in step.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
        }

        await db.Database.UseWriteAheadLogAsync(ct);
        logger.LogInformation("Applied {MigrationCount} migration(s) on {Provider}", pending.Count, settings.Provider);
        if (settings.Provider == DatabaseProvider.Postgres && WebRole.From(configuration) is { } web)
        {
            await web.GrantAsync(db, ct);
            logger.LogInformation("The web role {WebRole} may read every table and add data-protection keys, nothing else", web.Name);
            EnsureKeyRing();
        }
    }

    /// <summary>
    /// The first data-protection key is made here, by the owner, so that web instances starting together share one key
    /// instead of each adding its own; they add the next one themselves when this one nears its end.
    /// </summary>
    private void EnsureKeyRing()
    {
        using var scope = scopes.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            var key = keys.CreateNewKey(now, now.AddDays(90));
            logger.LogInformation("Made data-protection key {KeyId}, valid until {Expires:yyyy-MM-dd}", key.KeyId, key.ExpirationDate);
        }
    }

    private async Task<SeedResult> SeedAsync(DashboardContext db, SeedSet seeds, CancellationToken ct)
    {
        var result = await SeedLoader.LoadAsync(db, seeds, ct);
        foreach (var (table, change) in result.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            logger.LogInformation("Seeded {Table}: {Rows} rows ({Added} added, {Updated} updated, {Removed} removed)",
                table, change.Rows, change.Added, change.Updated, change.Removed);
        }

        return result;
    }

    /// <summary>Validates seeds/ without touching the database.</summary>
    public SeedSet Check() => SeedReader.Read(SeedDirectory);
}
