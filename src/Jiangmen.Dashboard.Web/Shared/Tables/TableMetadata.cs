using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// What travels with a downloaded table (the .metadata.json beside every .csv, and in its .zip): the title in both
/// languages, each column's meaning and unit, every source the rows name, and the citation. Its shape is
/// Shared/Tables/metadata.schema.json, which the tests validate it against.
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
    public static async Task<TableMetadata> BuildAsync(Table table, HttpRequest request, string downloadPath, Catalogue catalogue, CancellationToken ct)
    {
        var sources = (await table.SourceIds(ct)).Select(id => catalogue.Sources[id]).ToList();
        Shared.Citation Cite(CultureInfo culture) => new(
            table.Title.In(culture), Shared.Citation.PermanentAddress(request, table.PagePath, table.PageQuery, culture), Shared.Citation.Today(), sources, culture);
        var (zh, en) = (Cite(Text.Chinese), Cite(Text.English));

        return new TableMetadata(
            table.Title,
            "jiangmen-" + table.Name,
            Bilingual.Get(nameof(Strings.SiteName)),
            Shared.Citation.Today(),
            new Bilingual(zh.Address, en.Address),
            new MetadataFile(CsvFile.Name(table.Name, ".csv"), $"{request.Scheme}://{request.Host}{downloadPath}.csv{request.QueryString}"),
            CsvFormat.Instance,
            [.. table.ColumnDescriptions.Select(c => new ColumnMetadata(c.Name, c.Type, Bilingual.Get(c.Description),
                c.Unit is null ? null : Bilingual.Get(c.Unit), c.UnitColumn))],
            [.. sources.Select(SourceMetadata.From)],
            new Bilingual(zh.PlainText, en.PlainText),
            Bilingual.Get(nameof(Strings.MetadataNotes)));
    }
}
