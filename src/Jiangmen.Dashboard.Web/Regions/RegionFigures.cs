using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>One indicator of a region over its periods: the figure of each period, oldest first.</summary>
public sealed record Series(IndicatorInfo Indicator, IReadOnlyList<Figure> Figures)
{
    public Figure Latest => Figures[^1];
}

/// <summary>A figure of the key figures band: its latest value, how it changed, and its place among the seven counties.</summary>
public sealed record KeyFigure(Figure Figure, Words Change, int? Rank)
{
    /// <summary>"七个县（市、区）中第 1 位", the number linked to the figure's row; nothing without a rank.</summary>
    public Words RankWords => Rank is null ? Words.None : Words.Format(Strings.KeyFigureRank, RankLink);

    /// <summary>The rank as a link to the figure's row.</summary>
    public Words RankLink => Words.Link(Text.Format("{0}", Rank ?? 0), Figure.Anchor);
}

/// <summary>
/// What a region's figures say in words, every number a link to its row. Issue 16 forbids figures the sources do not
/// give, so a change is only ever the source's own growth figure or the earlier value as written, never computed.
/// </summary>
public sealed class RegionFigures
{
    /// <summary>The key figures band's indicators, in this order, as far as the region has them (<see cref="RegionLayout"/>).</summary>
    public static readonly IReadOnlyList<string> KeyIndicatorCodes =
        ["gdp", "gdp_growth", "gdp_per_capita", "resident_population_year_end", "resident_population"];

    public const int MaxKeyFigures = 4;

    /// <summary>A growth indicator is named after its level's: gdp_growth is the growth of gdp.</summary>
    private const string GrowthSuffix = "_growth";

    private readonly Dictionary<string, Series> _series;

    /// <summary>The figures of one region's rows (every period, every source).</summary>
    public RegionFigures(IEnumerable<ObservationRow> rows) =>
        _series = Figure.Of(rows)
            .GroupBy(f => f.Charted.Indicator.Code)
            .ToDictionary(g => g.Key, g => new Series(g.First().Charted.Indicator, [.. g.OrderBy(f => f.Charted.Period, StringComparer.Ordinal)]));

    /// <summary>The series of <paramref name="code"/>, which the rows have.</summary>
    public Series Of(string code) => _series[code];

    /// <summary>
    /// How <paramref name="figure"/> changed: the source's growth figure for the same period where the data has one
    /// ("增长 7.2%（来源所给）"), else the value of the period before as written ("2022年为 516.50 亿元"), else nothing.
    /// </summary>
    public Words Change(Figure figure)
    {
        var row = figure.Charted;
        if (_series.TryGetValue(row.Indicator.Code + GrowthSuffix, out var growth)
            && growth.Figures.FirstOrDefault(f => f.Charted.Period == row.Period) is { } rate)
        {
            return Words.Format(Strings.ChangeGrowth, Quantity(rate));
        }

        var earlier = _series[row.Indicator.Code].Figures.LastOrDefault(f => string.CompareOrdinal(f.Charted.Period, row.Period) < 0);
        return earlier is null ? Words.None : Words.Format(Strings.ChangeEarlier, Words.Plain(earlier.Charted.Period), Quantity(earlier));
    }

    /// <summary>
    /// The indicators whose rows a phrase about <paramref name="codes"/> links to: each one (its periods) and its growth.
    /// </summary>
    public static HashSet<string> Named(IEnumerable<string> codes) => [.. codes.SelectMany(c => new[] { c, c + GrowthSuffix })];

    /// <summary>The band: the latest figure of each of <paramref name="codes"/>, with its change and rank.</summary>
    public IReadOnlyList<KeyFigure> KeyFigures(IEnumerable<string> codes, Func<ObservationRow, int?> rank) =>
        [.. codes
            .Select(code => _series[code].Latest)
            .Select(f => new KeyFigure(f, Change(f), rank(f.Charted)))];

    /// <summary>
    /// The one sentence: "新会区2023年地区生产总值 1,011.25 亿元，增长 7.2%（来源所给）；…". A growth figure already said as
    /// its level's change is not said twice.
    /// </summary>
    public static Words Summary(RegionInfo region, IReadOnlyList<KeyFigure> keys)
    {
        bool saidAsChange(KeyFigure k) => keys.Any(level =>
            level.Figure.Charted.Indicator.Code + GrowthSuffix == k.Figure.Charted.Indicator.Code && level.Figure.Charted.Period == k.Figure.Charted.Period);

        var clauses = keys.Where(k => !saidAsChange(k)).Select(k =>
        {
            var row = k.Figure.Charted;
            return Words.Join("", [
                Words.Format(Strings.SummaryClause, Words.Plain(row.Period), Words.Plain(row.Indicator.Name), Quantity(k.Figure)),
                k.Change.IsEmpty ? Words.None : Words.Format(Strings.SummaryChange, k.Change),
                k.Rank is null ? Words.None : Words.Format(Strings.SummaryRank, k.RankLink),
            ]);
        }).ToList();
        return clauses.Count == 0 ? Words.None : Words.Format(Strings.SummarySentence, Words.Plain(region.Name), Words.Join(Strings.SummaryClauseSeparator, clauses));
    }

    /// <summary>
    /// The place of <paramref name="figure"/> among the seven counties, largest first: only where every county has the
    /// figure for that period, each exact (a bound's place is not known), and the figure is a county's.
    /// </summary>
    public static int? Rank(ObservationRow figure, IReadOnlyList<ObservationRow> countyValues, int counties)
    {
        var values = countyValues.Where(v => v.Indicator == figure.Indicator && v.Period == figure.Period).ToList();
        return values.Select(v => v.Subject.Code).Distinct().Count() == counties
            && values.All(v => v.Qualifier == Qualifier.Exact)
            && values.Any(v => v.Subject == figure.Subject)
                ? 1 + values.Count(v => v.Value > figure.Value)
                : null;
    }

    /// <summary>A figure's value and unit as a link to its row: "1,011.25 亿元", "7.2%", "超过 500 亿元".</summary>
    public static Words Quantity(Figure figure)
    {
        var row = figure.Charted;
        var unit = row.Indicator.Unit;
        return Words.Link(unit == "%" ? row.Display + unit : $"{row.Display} {unit}", figure.Anchor);
    }
}
