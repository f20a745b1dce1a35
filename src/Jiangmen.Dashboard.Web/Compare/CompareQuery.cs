using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// What /compare, its downloads and /api/compare show: ?regions=a,b&amp;indicators=x,y (commas or repeated parameters;
/// duplicates and empty values ignored), ?preset=shared|key instead of a list of indicators, ?year=2023, ?empty=show and
/// ?grade=official (<see cref="GradeFilter"/>), validated. The period rule, one for table, charts and downloads: each
/// indicator is shown for one period, the year asked for or else the latest any chosen region has for it; a region
/// without a figure for that period is a gap, never an older figure.
/// </summary>
public static class CompareQuery
{
    public const int MaxRegions = 8;
    public const string PresetParameter = "preset";
    public const string EmptyParameter = "empty";

    /// <summary>The presets: every indicator all chosen regions have (for the period shown), or the key figures.</summary>
    public const string SharedPreset = "shared";
    public const string KeyPreset = "key";

    /// <summary>?empty=show keeps the rows no chosen region has a figure for, which are hidden otherwise.</summary>
    public const string ShowEmpty = "show";

    public static async Task<CompareResult> RunAsync(DashboardContext db, Catalogue catalogue, IQueryCollection query, CancellationToken ct)
    {
        var allRegions = Coverage.Regions(catalogue).ToList();
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

        var (year, yearProblem) = YearParameter.Read(query);
        if (yearProblem is not null)
        {
            errors.Add(yearProblem);
        }

        var preset = OneOf(query, PresetParameter, ["", SharedPreset, KeyPreset], errors);
        var empty = OneOf(query, EmptyParameter, ["", ShowEmpty], errors);
        var empties = new CompareResult(regions, indicators, allRegions, allIndicators, new Dictionary<(string, string), Figure>(), errors, catalogue,
            GradeFilter.Every, year, empty == ShowEmpty, [], new Dictionary<string, string>(), new Dictionary<string, int>(), new Dictionary<(string, string), string>(), []);
        if (grades is null || errors.Count > 0)
        {
            return empties;
        }

        if (regions.Count == 0)
        {
            regions = [.. allRegions.Where(r => r.IsCounty)];
        }

        // Which region has which indicator up to which period, and in the year asked for: the counts beside each indicator,
        // the presets and the period rule (read once per load, whatever the choice).
        var codes = regions.Select(r => r.Code).ToList();
        var periodsOfLoad = await Coverage.OfAsync(db, catalogue, grades, ct);
        var chosen = regions.SelectMany(r => periodsOfLoad.Of(r)!.Select(p => (Region: r.Code, Indicator: p.Key, Periods: p.Value))).ToList();
        var coverage = chosen.Select(c => new CompareCoverage(c.Region, c.Indicator, c.Periods[^1], year is not null && c.Periods.Contains(year))).ToList();
        var years = regions.SelectMany(periodsOfLoad.YearsOf).Distinct().ToList();
        if (year is not null && !years.Contains(year))
        {
            errors.Add(YearParameter.Unknown(year, years));
            return empties with { Regions = regions };
        }

        var byIndicator = coverage.GroupBy(c => c.Indicator).ToDictionary(g => g.Key, g => g.ToList());
        var periods = byIndicator.ToDictionary(g => g.Key, g => year ?? g.Value.Select(c => c.Latest).Max(StringComparer.Ordinal)!);
        // A region has the latest period any chosen region has exactly when it is its own latest.
        var counts = byIndicator.ToDictionary(g => g.Key, g => g.Value.Count(c => year is null ? c.Latest == periods[g.Key] : c.InYear));
        int Count(IndicatorInfo i) => counts.GetValueOrDefault(i.Code);

        indicators = preset switch
        {
            SharedPreset => [.. allIndicators.Where(i => Count(i) == regions.Count)],
            KeyPreset => [.. KeyIndicators.Codes.Where(catalogue.Indicators.ContainsKey).Select(code => catalogue.Indicators[code])],
            // Without a choice, what most of the chosen regions have: the indicators at least half of them have for some
            // period (the period rule may still leave some of them a gap, which names the region's latest year).
            _ when indicators.Count == 0 => [.. allIndicators.Where(i => byIndicator.GetValueOrDefault(i.Code, []).Count * 2 >= regions.Count)],
            _ => indicators,
        };
        var hidden = empty == ShowEmpty ? [] : indicators.Where(i => Count(i) == 0).ToList();
        indicators = [.. indicators.Except(hidden)];

        var indicatorCodes = indicators.Select(i => i.Code).ToList();
        // The city's own figures come along (even when the city is not a column) for the shares of the city total.
        var withCity = codes.Append(catalogue.City.Code).ToList();
        // Only the periods shown (mostly one): every period of every chosen cell was twenty times the rows needed.
        var shownPeriods = indicators.Select(i => periods.GetValueOrDefault(i.Code)).OfType<string>().Distinct().ToList();
        var observations = await catalogue.RowsAsync(grades.Apply(db.Observations, catalogue)
            .Where(o => withCity.Contains(o.RegionCode!) && indicatorCodes.Contains(o.IndicatorCode) && shownPeriods.Contains(o.Period)), ct);
        var cells = Figure.Of(observations.Where(o => periods.GetValueOrDefault(o.Indicator.Code) == o.Period))
            .ToDictionary(f => (f.Charted.Subject.Code, f.Charted.Indicator.Code));
        return new CompareResult(regions, indicators, allRegions, allIndicators, cells, errors, catalogue, grades, year, empty == ShowEmpty, hidden,
            periods, counts, coverage.ToDictionary(c => (c.Region, c.Indicator), c => c.Latest), [.. years.OrderDescending(StringComparer.Ordinal)]);
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

    /// <summary>A parameter with a few allowed values ("" when absent); another value is an error naming it.</summary>
    private static string OneOf(IQueryCollection query, string parameter, string[] allowed, List<string> errors)
    {
        var value = query[parameter].ToString();
        if (!allowed.Contains(value))
        {
            errors.Add(Text.Format(Strings.CompareUnknown, parameter, Text.Shorten(value), string.Join(", ", allowed.Where(a => a.Length > 0))));
        }

        return value;
    }
}

/// <summary>What one chosen region has of one indicator: its latest period, and whether it has the year asked for.</summary>
internal sealed record CompareCoverage(string Region, string Indicator, string Latest, bool InYear);
