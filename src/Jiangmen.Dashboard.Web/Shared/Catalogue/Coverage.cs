using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Which periods the city and each county have of each indicator, as a grade filter leaves them. A comparison's counts,
/// presets and period rule, and a region page's choice of what to read, all start from it. It is the same for every
/// request of one load of the data, so it is read once per load and kept with that load's catalogue: a full yearbook
/// of eight regions is 48,000 cells, and reading them was most of an uncached comparison (bench/RESULTS.md, issue 18).
/// Towns are left out: there are thousands of them at the benchmark's scale, each with a few figures.
/// </summary>
public sealed class Coverage
{
    private readonly Dictionary<string, Dictionary<string, string[]>> _byRegion;
    private readonly Dictionary<string, string[]> _years;

    private Coverage(Dictionary<string, Dictionary<string, string[]>> byRegion)
    {
        _byRegion = byRegion;
        _years = byRegion.ToDictionary(r => r.Key, r => r.Value.Values.SelectMany(p => p).Distinct().ToArray());
    }

    /// <summary>The regions covered: the city and the counties.</summary>
    public static IEnumerable<RegionInfo> Regions(Catalogue catalogue) => catalogue.RegionList.Where(r => r.Kind != RegionKind.Town);

    public static Task<Coverage> OfAsync(DashboardContext db, Catalogue catalogue, GradeFilter grades, CancellationToken ct) =>
        catalogue.DerivedAsync($"coverage-{grades.Query.Value}", () => ReadAsync(db, catalogue, grades, ct));

    /// <summary>Each indicator <paramref name="region"/> has, with its periods in order; null for a region not covered (a town).</summary>
    public IReadOnlyDictionary<string, string[]>? Of(RegionInfo region) =>
        _byRegion.TryGetValue(region.Code, out var periods) ? periods
        : region.Kind == RegionKind.Town ? null
        : new Dictionary<string, string[]>();

    /// <summary>
    /// Every period <paramref name="region"/> has of any indicator: a comparison's year list, which from the cells of its
    /// eight regions was 48,000 periods to sort out on every uncached request at the benchmark's scale.
    /// </summary>
    public IReadOnlyList<string> YearsOf(RegionInfo region) => _years.GetValueOrDefault(region.Code, []);

    /// <summary>Whether <paramref name="region"/> has <paramref name="indicator"/> for <paramref name="period"/>.</summary>
    public bool Has(RegionInfo region, string indicator, string period) =>
        _byRegion.TryGetValue(region.Code, out var periods) && periods.TryGetValue(indicator, out var those) && those.Contains(period);

    private static async Task<Coverage> ReadAsync(DashboardContext db, Catalogue catalogue, GradeFilter grades, CancellationToken ct)
    {
        var codes = Regions(catalogue).Select(r => r.Code).ToList();
        var cells = await grades.Apply(db.Observations, catalogue)
            .Where(o => codes.Contains(o.RegionCode!))
            .Select(o => new { Region = o.RegionCode!, Indicator = o.IndicatorCode, o.Period })
            .Distinct()
            .ToListAsync(ct);
        return new Coverage(cells
            .GroupBy(c => c.Region)
            .ToDictionary(
                r => r.Key,
                r => r.GroupBy(c => c.Indicator).ToDictionary(i => i.Key, i => i.Select(c => c.Period).Order(StringComparer.Ordinal).ToArray())));
    }
}
