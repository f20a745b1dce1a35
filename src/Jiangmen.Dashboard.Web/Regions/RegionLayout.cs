using System.Linq.Expressions;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>
/// What a region's page shows of each indicator, decided from which periods it has of each: the key figures band, the
/// lines over the years, and the table. A table of more than <see cref="MaxTableFigures"/> figures keeps the latest
/// period of each indicator, and the one before it of what the band and the lines name (their words link to it); a
/// line's every year is in its own data table, and every figure in the CSV. Deciding this before reading lets a
/// yearbook-sized county read the few hundred rows it shows rather than its thousands.
/// </summary>
public sealed class RegionLayout
{
    /// <summary>
    /// Lines over the years drawn on the page: a synthetic county has 300 indicators of 20 years (bench/), and the
    /// page links to each indicator's own page.
    /// </summary>
    public const int MaxSeriesCharts = 12;

    /// <summary>
    /// Figures (an indicator in a period) beyond which the table keeps only the latest periods. The real counties have
    /// at most 148; a synthetic county of 300 indicators over 20 years would be 6,000 rows and 5 MB of page (measured;
    /// issue 18 asks a first visit under 150 KB and a render within twice the indicator page's).
    /// </summary>
    public const int MaxTableFigures = 400;

    private readonly IReadOnlyDictionary<string, string[]> _periods;
    private readonly HashSet<string> _named;

    /// <param name="periods">Each indicator the region has, with its periods in order.</param>
    public RegionLayout(IReadOnlyDictionary<string, string[]> periods, Catalogue catalogue)
    {
        _periods = periods;
        KeyCodes = [.. RegionFigures.KeyIndicatorCodes.Where(periods.ContainsKey).Take(RegionFigures.MaxKeyFigures)];
        var series = periods.Where(p => p.Value.Length >= 2).Select(p => catalogue.Indicators[p.Key])
            .OrderBy(i => i.Category.Sort).ThenBy(i => i.Code, StringComparer.Ordinal).Select(i => i.Code).ToList();
        SeriesCodes = [.. series.Take(MaxSeriesCharts)];
        MoreSeries = series.Count - SeriesCodes.Count;
        _named = RegionFigures.Named(KeyCodes.Concat(SeriesCodes));
        var figures = periods.Values.Sum(p => p.Length);
        IsLong = figures > MaxTableFigures;
        EarlierFigures = IsLong ? figures - periods.Sum(p => Math.Min(p.Value.Length, _named.Contains(p.Key) ? 2 : 1)) : 0;
    }

    /// <summary>Each indicator of <paramref name="rows"/> with its periods in order: a town's layout, from what it read.</summary>
    public static IReadOnlyDictionary<string, string[]> PeriodsOf(IEnumerable<ObservationRow> rows) =>
        rows.GroupBy(r => r.Indicator.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Period).Distinct().Order(StringComparer.Ordinal).ToArray());

    /// <summary>The band's indicators, in the band's order.</summary>
    public IReadOnlyList<string> KeyCodes { get; }

    /// <summary>The indicators drawn as lines over the years, in the page's order.</summary>
    public IReadOnlyList<string> SeriesCodes { get; }

    /// <summary>Indicators with several periods beyond <see cref="MaxSeriesCharts"/>.</summary>
    public int MoreSeries { get; }

    /// <summary>Whether the table keeps only the latest periods.</summary>
    public bool IsLong { get; }

    /// <summary>Figures of earlier periods the table leaves out (they are in the CSV).</summary>
    public int EarlierFigures { get; }

    /// <summary>Whether the page shows the figure of <paramref name="indicator"/> in <paramref name="period"/>.</summary>
    public bool Shows(string indicator, string period) =>
        !IsLong || (_periods.TryGetValue(indicator, out var periods)
            && (periods[^1] == period || (_named.Contains(indicator) && periods.Length >= 2 && periods[^2] == period)));

    /// <summary>
    /// What a long table's page reads of the region: every period of the named indicators (their lines), and the latest
    /// periods (which <see cref="Shows"/> narrows to each indicator's own). Null for a short table, which reads them all.
    /// </summary>
    public Expression<Func<Observation, bool>>? Reads(string regionCode)
    {
        if (!IsLong)
        {
            return null;
        }

        var named = _named.ToList();
        var latest = _periods.Values.Select(p => p[^1]).Distinct().ToList();
        return o => o.RegionCode == regionCode && (named.Contains(o.IndicatorCode) || latest.Contains(o.Period));
    }
}
