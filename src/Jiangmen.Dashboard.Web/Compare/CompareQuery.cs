using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// What /compare, its downloads and /api/compare show: ?regions=a,b&amp;indicators=x,y (commas or repeated parameters;
/// duplicates and empty values ignored) and ?grade=official (<see cref="GradeFilter"/>), validated, and for each pair the
/// latest figure any source the switch keeps gives.
/// </summary>
public static class CompareQuery
{
    public const int MaxRegions = 8;

    public static async Task<CompareResult> RunAsync(DashboardContext db, Catalogue catalogue, IQueryCollection query, CancellationToken ct)
    {
        var allRegions = catalogue.RegionList.Where(r => r.Kind != RegionKind.Town).ToList();
        var allIndicators = catalogue.IndicatorList.OrderBy(i => i.Category.Sort).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        var errors = new List<string>();
        var regions = Pick("regions", Values(query, "regions"), allRegions, r => r.Slug, errors);
        var indicators = Pick("indicators", Values(query, "indicators"), allIndicators, i => i.Code, errors);
        if (regions.Count > MaxRegions)
        {
            errors.Add(Text.Format(Strings.CompareTooManyRegions, MaxRegions, regions.Count));
        }

        var (grades, problem) = GradeFilter.Read(query);
        if (grades is null)
        {
            errors.Add(problem);
        }

        if (grades is null || errors.Count > 0)
        {
            return new CompareResult(regions, indicators, allRegions, allIndicators, new Dictionary<(string, string), Figure>(), errors, catalogue, GradeFilter.Every);
        }

        if (regions.Count == 0)
        {
            regions = [.. allRegions.Where(r => r.IsCounty)];
        }

        var codes = regions.Select(r => r.Code).ToList();
        if (indicators.Count == 0)
        {
            // Start with what most of the chosen regions have: the indicators at least half of them have a value for.
            var coverage = await grades.Apply(db.Observations, catalogue)
                .Where(o => codes.Contains(o.RegionCode!))
                .GroupBy(o => o.IndicatorCode)
                .Select(g => new { Code = g.Key, Regions = g.Select(o => o.RegionCode).Distinct().Count() })
                .ToListAsync(ct);
            var common = coverage.Where(c => c.Regions * 2 >= regions.Count).Select(c => c.Code).ToHashSet();
            indicators = [.. allIndicators.Where(i => common.Contains(i.Code))];
        }

        var indicatorCodes = indicators.Select(i => i.Code).ToList();
        // The city's own figures come along (even when the city is not a column) for the shares of the city total.
        var withCity = codes.Append(catalogue.City.Code).ToList();
        var observations = await catalogue.RowsAsync(
            grades.Apply(db.Observations, catalogue).Where(o => withCity.Contains(o.RegionCode!) && indicatorCodes.Contains(o.IndicatorCode)), ct);
        var cells = Figure.Of(observations)
            .GroupBy(f => (f.Charted.Subject.Code, f.Charted.Indicator.Code))
            .ToDictionary(g => g.Key, g => g.MaxBy(f => f.Charted.Period, StringComparer.Ordinal)!);
        return new CompareResult(regions, indicators, allRegions, allIndicators, cells, errors, catalogue, grades);
    }

    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static List<T> Pick<T>(string parameter, List<string> keys, List<T> all, Func<T, string> key, List<string> errors)
    {
        var byKey = all.ToDictionary(key);
        var unknown = keys.Where(k => !byKey.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Text.Format(Strings.CompareUnknown, parameter, string.Join(", ", unknown.Select(Text.Shorten)), string.Join(", ", all.Select(key))));
        }

        return [.. keys.Where(byKey.ContainsKey).Select(k => byKey[k])];
    }
}
