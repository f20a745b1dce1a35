using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Figures;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages.Compare;

/// <summary>
/// What /compare and /compare.csv show: the requested regions and indicators, validated, and for each pair the
/// latest value any source gives (or none). Both the page and the CSV are built from this one answer.
/// </summary>
public static class CompareQuery
{
    public const int MaxRegions = 8;

    public sealed record Choice(string Key, string NameZh, string NameEn, string Group, int Sort);

    public sealed record Result(
        IReadOnlyList<Choice> Regions,
        IReadOnlyList<Choice> Indicators,
        IReadOnlyList<Choice> AllRegions,
        IReadOnlyList<Choice> AllIndicators,
        IReadOnlyDictionary<(string Region, string Indicator), FigureData> Cells,
        IReadOnlyList<string> Errors)
    {
        /// <summary>
        /// A county's share of the city total, only where one source gives both numbers, exactly, for the same period,
        /// and only for quantities that add up (not rates or ranks).
        /// </summary>
        public decimal? ShareOfCity(FigureData figure)
        {
            if (figure.RegionKind is not (RegionKind.District or RegionKind.CountyCity) || figure.UnitEn is "%" or "rank"
                || !Cells.TryGetValue((CitySlug, figure.IndicatorCode), out var city))
            {
                return null;
            }

            return city.Period == figure.Period && city.SourceId == figure.SourceId
                && city.Qualifier == Qualifier.Exact && figure.Qualifier == Qualifier.Exact && city.Value > 0
                ? Math.Round(figure.Value / city.Value * 100, 1)
                : null;
        }
    }

    public const string CitySlug = "jiangmen";

    /// <summary>Reads ?regions=a,b&amp;indicators=x,y (commas or repeated parameters; duplicates and empty values ignored).</summary>
    public static async Task<Result> RunAsync(DashboardContext db, IQueryCollection query, CancellationToken ct)
    {
        var allRegions = (await db.Regions.AsNoTracking()
                .Where(r => r.Kind != RegionKind.Town)
                .OrderBy(r => r.Code)
                .Select(r => new { r.Slug, r.Code, r.NameZh, r.NameEn, r.Kind })
                .ToListAsync(ct))
            .Select((r, i) => new Choice(r.Slug, r.NameZh, r.NameEn, r.Kind.ToString(), i))
            .ToList();
        var allIndicators = (await db.Indicators.AsNoTracking()
                .Select(i => new { i.Code, i.NameZh, i.NameEn, i.Category!.Sort, CategoryZh = i.Category.NameZh, CategoryEn = i.Category.NameEn })
                .ToListAsync(ct))
            .OrderBy(i => i.Sort).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new Choice(i.Code, i.NameZh, i.NameEn, Text.Pick(i.CategoryZh, i.CategoryEn), i.Sort))
            .ToList();

        var errors = new List<string>();
        var regions = Pick("regions", Values(query, "regions"), allRegions, errors);
        var indicators = Pick("indicators", Values(query, "indicators"), allIndicators, errors);
        if (regions.Count > MaxRegions)
        {
            errors.Add(Text.Format("CompareTooManyRegions", MaxRegions, regions.Count));
        }

        if (errors.Count > 0)
        {
            return new Result(regions, indicators, allRegions, allIndicators, new Dictionary<(string, string), FigureData>(), errors);
        }

        if (regions.Count == 0)
        {
            regions = allRegions.Where(r => r.Group is nameof(RegionKind.District) or nameof(RegionKind.CountyCity)).ToList();
        }

        var regionSlugs = regions.Select(r => r.Key).ToList();
        if (indicators.Count == 0)
        {
            // Start with what most of the chosen regions have: the indicators at least half of them have a value for.
            var coverage = await db.Observations.AsNoTracking()
                .Where(o => o.Region != null && regionSlugs.Contains(o.Region.Slug))
                .GroupBy(o => o.IndicatorCode)
                .Select(g => new { Code = g.Key, Regions = g.Select(o => o.RegionCode).Distinct().Count() })
                .ToListAsync(ct);
            var common = coverage.Where(c => c.Regions * 2 >= regions.Count).Select(c => c.Code).ToHashSet();
            indicators = allIndicators.Where(i => common.Contains(i.Key)).ToList();
        }

        var indicatorCodes = indicators.Select(i => i.Key).ToList();
        // The city's own values come along (even when the city is not a column) for the shares of the city total.
        var slugsWithCity = regionSlugs.Append(CitySlug).ToList();
        var figures = await db.Observations.AsNoTracking()
            .Where(o => o.Region != null && slugsWithCity.Contains(o.Region.Slug) && indicatorCodes.Contains(o.IndicatorCode))
            .Select(FigureQueries.ToFigure)
            .ToListAsync(ct);
        var cells = figures
            .PreferredOfEachFigure()
            .GroupBy(f => (f.RegionSlug!, f.IndicatorCode))
            .ToDictionary(g => g.Key, g => g.MaxBy(f => f.Period)!);

        return new Result(regions, indicators, allRegions, allIndicators, cells, errors);
    }

    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static List<Choice> Pick(string parameter, List<string> keys, List<Choice> all, List<string> errors)
    {
        var unknown = keys.Where(k => all.All(o => o.Key != k)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Text.Format("CompareUnknown", parameter, string.Join(", ", unknown.Select(Shorten)), string.Join(", ", all.Select(o => o.Key))));
        }

        return keys.Select(k => all.FirstOrDefault(o => o.Key == k)).OfType<Choice>().ToList();
    }

    // An error message repeats what was asked for, but not a megabyte of it.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
