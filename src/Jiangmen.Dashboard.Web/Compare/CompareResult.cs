using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// A comparison: the regions and indicators chosen (validated), what could be chosen, and for each pair the latest
/// figure any source gives. <see cref="Rows"/> is its table; the page, its downloads and /api/compare show that table.
/// <see cref="Latest"/> is the latest period each chosen region has of each indicator (a gap's hint); <see cref="Years"/>
/// the years any chosen region has a figure for, latest first: what ?year= may ask.
/// </summary>
public sealed record CompareResult(
    IReadOnlyList<RegionInfo> Regions,
    IReadOnlyList<IndicatorInfo> Indicators,
    IReadOnlyList<RegionInfo> AllRegions,
    IReadOnlyList<IndicatorInfo> AllIndicators,
    IReadOnlyDictionary<(string Region, string Indicator), Figure> Cells,
    IReadOnlyList<string> Errors,
    Catalogue Catalogue,
    GradeFilter Grades,
    string? Year,
    bool ShowEmpty,
    IReadOnlyList<IndicatorInfo> HiddenEmpty,
    IReadOnlyDictionary<string, string> Periods,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<(string Region, string Indicator), string> Latest,
    IReadOnlyList<string> Years)
{
    /// <summary>The period an indicator is shown for: the year asked for, or the latest any chosen region has for it.</summary>
    public string? PeriodOf(IndicatorInfo indicator) => Periods.GetValueOrDefault(indicator.Code);

    /// <summary>How many of the chosen regions have a figure of the indicator for the period it would be shown for.</summary>
    public int CountOf(IndicatorInfo indicator) => Counts.GetValueOrDefault(indicator.Code);

    /// <summary>The latest period a region has a figure of the indicator for, whatever the period shown: a gap's hint.</summary>
    public string? LatestOf(RegionInfo region, IndicatorInfo indicator) => Latest.GetValueOrDefault((region.Code, indicator.Code));

    /// <summary>The table in long form: one row per indicator and region, in the table's order, a gap where no source gives it.</summary>
    public IReadOnlyList<ObservationRow> Rows => [.. Indicators.SelectMany(i => Regions.Select(r =>
        Cell(r, i) ?? ObservationRow.Gap(Catalogue.RegionSubject(r), i)))];

    /// <summary>The value a cell shows, by the chart-value rule where several sources give it.</summary>
    public ObservationRow? Cell(RegionInfo region, IndicatorInfo indicator) => FigureAt(region, indicator)?.Charted;

    /// <summary>The sources a cell names: the charted value's, and where the sources differ, each of theirs.</summary>
    public IEnumerable<string> ShownSourceIds => Indicators.SelectMany(i => Regions.Select(r => FigureAt(r, i))).OfType<Figure>()
        .SelectMany(f => f.SourcesDiffer ? f.Values : [f.Charted]).Select(v => v.SourceId);

    /// <summary>The figure of a cell with every source's value of it.</summary>
    public Figure? FigureAt(RegionInfo region, IndicatorInfo indicator) => Cells.GetValueOrDefault((region.Code, indicator.Code));

    /// <summary>
    /// A county's share of the city total, only where one source gives both numbers, exactly, for the same period,
    /// and only for quantities that add up (not rates or ranks).
    /// </summary>
    public decimal? ShareOfCity(ObservationRow figure)
    {
        if (figure.Subject.Region?.IsCounty != true || !figure.Indicator.Additive
            || Cells.GetValueOrDefault((Catalogue.City.Code, figure.Indicator.Code))?.Charted is not { } city)
        {
            return null;
        }

        return city.Period == figure.Period && city.Source == figure.Source
            && city.Qualifier == Qualifier.Exact && figure.Qualifier == Qualifier.Exact && city.Value > 0
            ? Math.Round(figure.Value!.Value / city.Value.Value * 100, 1)
            : null;
    }

    /// <summary>The parameters that define a comparison, in the one order its permanent address uses.</summary>
    public (string Key, string Value)[] Query(bool regionsAsRows) =>
    [
        ("regions", string.Join(',', Regions.Select(r => r.Slug))),
        ("indicators", string.Join(',', Indicators.Select(i => i.Code))),
        ("rows", regionsAsRows ? "regions" : ""),
        (YearParameter.Name, Year ?? ""),
        (CompareQuery.EmptyParameter, ShowEmpty ? CompareQuery.ShowEmpty : ""),
        Grades.Query,
    ];

    /// <summary>"新会区、台山市的地区生产总值" in each language.</summary>
    public Bilingual Title => Bilingual.Format(nameof(Strings.CompareCiteTitle),
        new Bilingual(string.Join(Text.In(Text.Chinese, nameof(Strings.ListSeparator)), Regions.Select(r => r.NameZh)),
            string.Join(Text.In(Text.English, nameof(Strings.ListSeparator)), Regions.Select(r => r.NameEn))),
        new Bilingual(string.Join(Text.In(Text.Chinese, nameof(Strings.ListSeparator)), Indicators.Select(i => i.NameZh)),
            string.Join(Text.In(Text.English, nameof(Strings.ListSeparator)), Indicators.Select(i => i.NameEn))));
}
