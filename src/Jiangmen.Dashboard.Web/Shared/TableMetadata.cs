using System.Globalization;
using CsvHelper;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// What travels with a downloaded table (the .metadata.json beside every .csv, and in its .zip): the title in both
/// languages, each column's meaning and unit, every source the rows name, and the citation. Its shape is
/// Shared/metadata.schema.json, which the tests validate it against.
/// </summary>
internal sealed record TableMetadata(
    Bilingual Title,
    string Name,
    Bilingual Publisher,
    string Created,
    Bilingual Page,
    MetadataFile Csv,
    CsvFormat Format,
    IReadOnlyList<ColumnMetadata> Columns,
    IReadOnlyList<SourceMetadata> Sources,
    Bilingual Citation,
    Bilingual Notes)
{
    public static async Task<TableMetadata> BuildAsync(DownloadTable table, HttpRequest request, string downloadPath, DashboardContext db, CancellationToken ct)
    {
        var sources = await CitedSource.LoadAsync(db, await table.SourceIdsAsync(ct), ct);
        Shared.Citation Cite(CultureInfo culture) => new(
            table.Title.In(culture), Shared.Citation.PermanentAddress(request, table.PagePath, table.PageQuery, culture), Shared.Citation.Today(), sources, culture);
        var (zh, en) = (Cite(Text.Chinese), Cite(Text.English));

        return new TableMetadata(
            table.Title,
            "jiangmen-" + table.What,
            Bilingual.Get(nameof(Strings.SiteName)),
            Shared.Citation.Today(),
            new Bilingual(zh.Address, en.Address),
            new MetadataFile(CsvDownload.FileName(table.What, ".csv"), $"{request.Scheme}://{request.Host}{downloadPath}.csv{request.QueryString}"),
            CsvFormat.Instance,
            ColumnMetadata.Of(table.RowType),
            sources.Select(SourceMetadata.From).ToList(),
            new Bilingual(zh.PlainText, en.PlainText),
            Bilingual.Get(nameof(Strings.MetadataNotes)));
    }
}

internal sealed record MetadataFile(string FileName, string Address);

/// <summary>How the CSV is written (see <see cref="CsvDownload"/>).</summary>
internal sealed record CsvFormat(string MediaType, string Encoding, string Delimiter, string LineEnding, bool Header, string DecimalSeparator)
{
    public static readonly CsvFormat Instance = new("text/csv", "UTF-8 with byte-order mark", ",", "CRLF", true, ".");
}

/// <summary>One CSV column: its name in the header, its type, what it means, and its unit where it has a fixed one.</summary>
internal sealed record ColumnMetadata(string Name, string Type, Bilingual Description, Bilingual? Unit, string? UnitColumn)
{
    // Counts have a fixed unit; a value is in the unit its row names.
    private static readonly Dictionary<string, string> FixedUnits = new()
    {
        ["figure_count"] = nameof(Strings.CsvUnit_figures),
        ["region_count"] = nameof(Strings.CsvUnit_regions),
    };

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["category"] = nameof(Strings.CsvColumn_category),
        ["east_codes"] = nameof(Strings.CsvColumn_east_codes),
        ["east_names_zh"] = nameof(Strings.CsvColumn_east_names_zh),
        ["figure_count"] = nameof(Strings.CsvColumn_figure_count),
        ["indicator_code"] = nameof(Strings.CsvColumn_indicator_code),
        ["indicator_name_en"] = nameof(Strings.CsvColumn_indicator_name_en),
        ["indicator_name_zh"] = nameof(Strings.CsvColumn_indicator_name_zh),
        ["kind"] = nameof(Strings.CsvColumn_kind),
        ["kinds"] = nameof(Strings.CsvColumn_kinds),
        ["name_en"] = nameof(Strings.CsvColumn_name_en),
        ["name_zh"] = nameof(Strings.CsvColumn_name_zh),
        ["partnership_slug"] = nameof(Strings.CsvColumn_partnership_slug),
        ["period"] = nameof(Strings.CsvColumn_period),
        ["periods"] = nameof(Strings.CsvColumn_periods),
        ["platform_slug"] = nameof(Strings.CsvColumn_platform_slug),
        ["published"] = nameof(Strings.CsvColumn_published),
        ["publisher_en"] = nameof(Strings.CsvColumn_publisher_en),
        ["publisher_zh"] = nameof(Strings.CsvColumn_publisher_zh),
        ["qualifier"] = nameof(Strings.CsvColumn_qualifier),
        ["quote"] = nameof(Strings.CsvColumn_quote),
        ["read_at"] = nameof(Strings.CsvColumn_read_at),
        ["region_codes"] = nameof(Strings.CsvColumn_region_codes),
        ["region_count"] = nameof(Strings.CsvColumn_region_count),
        ["source_id"] = nameof(Strings.CsvColumn_source_id),
        ["source_publisher"] = nameof(Strings.CsvColumn_source_publisher),
        ["source_title"] = nameof(Strings.CsvColumn_source_title),
        ["source_title_zh"] = nameof(Strings.CsvColumn_source_title_zh),
        ["source_url"] = nameof(Strings.CsvColumn_source_url),
        ["subject_code"] = nameof(Strings.CsvColumn_subject_code),
        ["subject_kind"] = nameof(Strings.CsvColumn_subject_kind),
        ["subject_name_en"] = nameof(Strings.CsvColumn_subject_name_en),
        ["subject_name_zh"] = nameof(Strings.CsvColumn_subject_name_zh),
        ["title_en"] = nameof(Strings.CsvColumn_title_en),
        ["title_zh"] = nameof(Strings.CsvColumn_title_zh),
        ["unit"] = nameof(Strings.CsvColumn_unit),
        ["unit_zh"] = nameof(Strings.CsvColumn_unit_zh),
        ["value"] = nameof(Strings.CsvColumn_value),
        ["west_codes"] = nameof(Strings.CsvColumn_west_codes),
        ["west_names_zh"] = nameof(Strings.CsvColumn_west_names_zh),
    };

    /// <summary>The columns exactly as CsvHelper writes the header of <paramref name="rowType"/>, in order.</summary>
    public static IReadOnlyList<ColumnMetadata> Of(Type rowType)
    {
        using var csv = new CsvWriter(TextWriter.Null, CsvDownload.Configuration);
        return csv.Context.AutoMap(rowType).MemberMaps.Select(map =>
        {
            var name = map.Data.Names[0];
            var type = (Nullable.GetUnderlyingType(map.Data.Type) ?? map.Data.Type) switch
            {
                var t when t == typeof(int) => "integer",
                var t when t == typeof(decimal) => "number",
                _ => "string",
            };
            return new ColumnMetadata(name, type, Bilingual.Get(Descriptions[name]),
                FixedUnits.TryGetValue(name, out var unit) ? Bilingual.Get(unit) : null,
                name == "value" ? "unit" : null);
        }).ToList();
    }
}

/// <summary>A source the rows name, with what a reader needs to find it.</summary>
internal sealed record SourceMetadata(
    string Id, Bilingual Title, Bilingual Publisher, IReadOnlyList<string> Authors, string? Published, string? Url, string? ReadAt)
{
    public static SourceMetadata From(CitedSource s) => new(
        s.Id, new Bilingual(s.TitleZh, s.TitleEn), new Bilingual(s.PublisherZh, s.PublisherEn),
        s.Authors?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [], s.Published, s.Url, s.ReadAt);
}
