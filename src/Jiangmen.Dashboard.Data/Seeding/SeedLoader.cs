using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// Makes the database hold exactly what a validated <see cref="SeedSet"/> holds, in one transaction:
/// new rows are added, changed rows updated, rows no longer in seeds/ removed. A second run changes nothing.
/// </summary>
public static class SeedLoader
{
    public static async Task<SeedResult> LoadAsync(DashboardContext db, SeedSet seeds, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            await SyncAsync(db, seeds.Sources, s => s.Id, ct);
            await SyncAsync(db, seeds.Categories, c => c.Code, ct);
            await SyncAsync(db, seeds.Regions, r => r.Code, ct);
            await SyncAsync(db, seeds.Indicators, i => i.Code, ct);
            await SyncAsync(db, seeds.Partnerships, p => p.Slug, ct);
            await SyncAsync(db, seeds.PartnershipMembers, m => $"{m.PartnershipSlug}|{m.RegionCode}", ct);
            await SyncAsync(db, seeds.Platforms, p => p.Slug, ct);
            await SyncAsync(db, seeds.PlatformRegions, r => $"{r.PlatformSlug}|{r.RegionCode}", ct);
            await SyncAsync(db, seeds.Projects, p => p.Slug, ct);
            await SyncAsync(db, seeds.Designations, d => $"{d.RegionCode}|{d.NameZh}", ct);
            await SyncAsync(db, seeds.Observations, ObservationKey, ct, (existing, wanted) => wanted.Id = existing.Id);

            var tables = db.ChangeTracker.Entries()
                .GroupBy(e => e.Metadata.GetTableName() ?? e.Metadata.ClrType.Name)
                .ToDictionary(g => g.Key, g => new TableChange(
                    Rows: g.Count(e => e.State != EntityState.Deleted),
                    Added: g.Count(e => e.State == EntityState.Added),
                    Updated: g.Count(e => e.State == EntityState.Modified),
                    Removed: g.Count(e => e.State == EntityState.Deleted)));

            var result = new SeedResult(tables);
            if (result.Changes > 0 || !await db.DataVersions.AnyAsync(ct))
            {
                // In the same transaction: a cache that sees the new stamp sees the new data too. A database
                // migrated from before the stamp existed gets its first one at its next load.
                await DataVersionStamp.WriteAsync(db, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return result;
        }, cancellationToken);
    }

    internal static string ObservationKey(Observation o) => $"{FigureKey(o)}|{o.SourceId}";

    /// <summary>What several sources may each give a value of: subject, indicator and period.</summary>
    internal static string FigureKey(Observation o) =>
        $"{o.RegionCode}|{o.PlatformSlug}|{o.PartnershipSlug}|{o.ProjectSlug}|{o.IndicatorCode}|{o.Period}";

    private static async Task SyncAsync<T>(
        DashboardContext db, IReadOnlyList<T> wanted, Func<T, string> key, CancellationToken ct, Action<T, T>? keepIdentity = null)
        where T : class
    {
        var existing = (await db.Set<T>().ToListAsync(ct)).ToDictionary(key, StringComparer.Ordinal);
        foreach (var row in wanted)
        {
            if (existing.Remove(key(row), out var current))
            {
                keepIdentity?.Invoke(current, row);
                // Only properties whose values differ become Modified, so an unchanged row costs no write.
                db.Entry(current).CurrentValues.SetValues(row);
            }
            else
            {
                db.Set<T>().Add(row);
            }
        }

        db.Set<T>().RemoveRange(existing.Values);
    }
}
