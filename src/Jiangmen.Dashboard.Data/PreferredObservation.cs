using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Data;

/// <summary>
/// The one rule that picks the value a chart draws when several sources give the same figure (seeds/README.md, "Which
/// value a chart shows"): not a value another one revises, then the most official grade, then the latest publication,
/// then an exact value before a bound, then the source id, so that the choice never depends on the order of the rows.
/// Every value stays in the tables, downloads and API; this only decides what a chart draws.
/// </summary>
public static class PreferredObservation
{
    /// <summary>The preferred one of the values of one figure (same subject, indicator and period).</summary>
    public static T Choose<T>(IEnumerable<T> sameFigure, Func<T, ObservationVintage> vintage)
    {
        var candidates = sameFigure.Select(item => (Item: item, Vintage: vintage(item))).ToList();
        if (candidates.Count == 0)
        {
            throw new ArgumentException("A figure needs at least one value to choose from.", nameof(sameFigure));
        }

        var revised = candidates.Select(c => c.Vintage.RevisesSourceId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var current = candidates.Where(c => !revised.Contains(c.Vintage.SourceId)).ToList();
        // Revisions that go round in a circle are refused by seed --check; should one slip through, choose among all.
        var pool = current.Count > 0 ? current : candidates;
        return pool.Order(Comparer<(T Item, ObservationVintage Vintage)>.Create((a, b) => Compare(a.Vintage, b.Vintage))).First().Item;
    }

    /// <summary>The preferred observation of one figure; each must have its Source loaded.</summary>
    public static Observation Choose(IEnumerable<Observation> sameFigure) => Choose(sameFigure, ObservationVintage.Of);

    /// <summary>Negative when <paramref name="a"/> is preferred to <paramref name="b"/>, ignoring revisions.</summary>
    private static int Compare(ObservationVintage a, ObservationVintage b)
    {
        var grade = a.Grade.CompareTo(b.Grade);
        if (grade != 0)
        {
            return grade;
        }

        var published = ComparePublished(b.Published, a.Published);
        if (published != 0)
        {
            return published;
        }

        var exact = (a.Qualifier != Qualifier.Exact).CompareTo(b.Qualifier != Qualifier.Exact);
        return exact != 0 ? exact : string.CompareOrdinal(a.SourceId, b.SourceId);
    }

    /// <summary>Earlier first; no date is older than any date; dates of different precision compare on what both give.</summary>
    internal static int ComparePublished(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return (a is not null).CompareTo(b is not null);
        }

        var length = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a[..length], b[..length]);
    }
}
