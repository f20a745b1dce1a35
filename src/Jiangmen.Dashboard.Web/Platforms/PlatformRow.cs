using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>A platform, with how many figures describe it.</summary>
public sealed record PlatformRow(PlatformInfo Platform, int ObservationCount)
{
    public static readonly IReadOnlyList<Column<PlatformRow>> Columns =
    [
        Column.Text("platform_slug", nameof(Strings.CsvColumn_platform_slug), (PlatformRow r) => r.Platform.Slug),
        Column.Text("name_zh", nameof(Strings.CsvColumn_name_zh), (PlatformRow r) => r.Platform.NameZh),
        Column.Text("name_en", nameof(Strings.CsvColumn_name_en), (PlatformRow r) => r.Platform.NameEn),
        Column.Text("kind", nameof(Strings.CsvColumn_kind), (PlatformRow r) => r.Platform.Kind),
        Column.Text("region_codes", nameof(Strings.CsvColumn_region_codes), (PlatformRow r) => string.Join(';', r.Platform.Regions.Select(x => x.Code))),
        Column.Count("figure_count", nameof(Strings.CsvColumn_figure_count), nameof(Strings.CsvUnit_figures), (PlatformRow r) => r.ObservationCount),
        Column.Text("source_id", nameof(Strings.CsvColumn_source_id), (PlatformRow r) => r.Platform.SourceId),
        Column.Text("quote", nameof(Strings.CsvColumn_quote), (PlatformRow r) => r.Platform.Quote),
    ];
}
