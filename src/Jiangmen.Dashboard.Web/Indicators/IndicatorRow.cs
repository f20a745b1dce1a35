using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>An indicator of the catalogue, with how many regions have a figure for it and in which periods.</summary>
public sealed record IndicatorRow(IndicatorInfo Indicator, int Regions, IReadOnlyList<string> Periods)
{
    public static readonly IReadOnlyList<Column<IndicatorRow>> Columns =
    [
        Column.Text("indicator_code", nameof(Strings.CsvColumn_indicator_code), (IndicatorRow r) => r.Indicator.Code),
        Column.Text("name_zh", nameof(Strings.CsvColumn_name_zh), (IndicatorRow r) => r.Indicator.NameZh),
        Column.Text("name_en", nameof(Strings.CsvColumn_name_en), (IndicatorRow r) => r.Indicator.NameEn),
        Column.Text("unit", nameof(Strings.CsvColumn_unit), (IndicatorRow r) => r.Indicator.UnitEn),
        Column.Text("unit_zh", nameof(Strings.CsvColumn_unit_zh), (IndicatorRow r) => r.Indicator.UnitZh),
        Column.Text("category", nameof(Strings.CsvColumn_category), (IndicatorRow r) => r.Indicator.Category.Code),
        Column.Count("region_count", nameof(Strings.CsvColumn_region_count), nameof(Strings.CsvUnit_regions), (IndicatorRow r) => r.Regions),
        Column.Text("periods", nameof(Strings.CsvColumn_periods), (IndicatorRow r) => string.Join(';', r.Periods)),
    ];
}
