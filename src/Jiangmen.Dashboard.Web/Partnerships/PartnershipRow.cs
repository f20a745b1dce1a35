using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>A pairing as the table of /partnerships lists it: its members on each side and its kinds of cooperation.</summary>
public sealed record PartnershipRow(PartnershipInfo Partnership)
{
    public static readonly IReadOnlyList<Column<PartnershipRow>> Columns =
    [
        Column.Text("partnership_slug", nameof(Strings.CsvColumn_partnership_slug), (PartnershipRow r) => r.Partnership.Slug),
        Column.Text("name_zh", nameof(Strings.CsvColumn_name_zh), (PartnershipRow r) => r.Partnership.NameZh),
        Column.Text("name_en", nameof(Strings.CsvColumn_name_en), (PartnershipRow r) => r.Partnership.NameEn),
        Column.Text("east_codes", nameof(Strings.CsvColumn_east_codes), (PartnershipRow r) => string.Join(';', r.Partnership.East.Select(m => m.Code))),
        Column.Text("east_names_zh", nameof(Strings.CsvColumn_east_names_zh), (PartnershipRow r) => string.Join(';', r.Partnership.East.Select(m => m.NameZh))),
        Column.Text("west_codes", nameof(Strings.CsvColumn_west_codes), (PartnershipRow r) => string.Join(';', r.Partnership.West.Select(m => m.Code))),
        Column.Text("west_names_zh", nameof(Strings.CsvColumn_west_names_zh), (PartnershipRow r) => string.Join(';', r.Partnership.West.Select(m => m.NameZh))),
        Column.Text("kinds", nameof(Strings.CsvColumn_kinds), (PartnershipRow r) => string.Join(';', r.Partnership.Kinds)),
        Column.Text("source_id", nameof(Strings.CsvColumn_source_id), (PartnershipRow r) => r.Partnership.SourceId),
        Column.Text("quote", nameof(Strings.CsvColumn_quote), (PartnershipRow r) => r.Partnership.Quote),
    ];
}
