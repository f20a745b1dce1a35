namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>What a load did, per table: rows now present and rows added, updated, removed.</summary>
public sealed record SeedResult(IReadOnlyDictionary<string, TableChange> Tables)
{
    public int Changes => Tables.Values.Sum(t => t.Added + t.Updated + t.Removed);
}
