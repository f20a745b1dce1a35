using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetColumn = DocumentFormat.OpenXml.Spreadsheet.Column;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Writes a table as the .xlsx an analyst opens in Excel or WPS: its rows on a first sheet under a frozen header in both
/// languages (each column's meaning in Chinese, then its name as in the CSV), numbers as numbers shown with the decimals
/// they carry (their indicator's), and a second sheet with the title, citation, notes and every source.
/// <para>
/// A sheet is written row by row with the Open XML SDK's <see cref="OpenXmlWriter"/> straight into its zip entry, so
/// memory stays flat whatever the row count; past Excel's 1,048,576 rows the data continue on another sheet. The
/// package's few fixed parts (content types, relationships, workbook, styles) are written around them.
/// </para>
/// </summary>
internal static class XlsxFile
{
    /// <summary>Excel's limit of rows on a sheet.</summary>
    public const int SheetRows = 1_048_576;

    private const int HeaderRows = 2;

    /// <summary>Number formats exist for 0 to this many decimals; a value with more shows them all with the general format.</summary>
    private const int MaxDecimals = 10;

    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    /// <summary>The sources sheet's columns, named as in the sources' own CSV (/sources.csv).</summary>
    private static readonly string[] SourceColumns = ["source_id", "title_zh", "title_en", "publisher_zh", "publisher_en", "authors", "published", "source_url", "read_at"];
    private const uint FirstNumberStyle = 3;

    /// <summary>Writes the workbook; nothing is written before the first row is read (a database away is a 503, not a cut file).</summary>
    public static async Task WriteAsync<TRow>(
        Stream stream, IReadOnlyList<Column<TRow>> columns, IAsyncEnumerable<TRow> rows, TableMetadata metadata, CancellationToken ct)
    {
        await using var enumerator = rows.GetAsyncEnumerator(ct);
        var more = await enumerator.MoveNextAsync();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var sheets = new List<string>();
        var dataName = Both(nameof(Strings.XlsxDataSheet));
        do
        {
            sheets.Add(sheets.Count == 0 ? dataName : $"{dataName} ({sheets.Count + 1})");
            using var entry = zip.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest).Open();
            using var writer = Begin(entry, columns.Select(Width), frozen: true);
            WriteRow(writer, 1, columns.Select(c => TextCell(Text.In(Text.Chinese, c.Description), HeaderStyle)), height: 110);
            WriteRow(writer, 2, columns.Select(c => TextCell(c.Name, HeaderStyle)));
            for (var index = HeaderRows + 1; more && index <= SheetRows; index++)
            {
                var row = enumerator.Current;
                WriteRow(writer, index, columns.Select(c => ValueCell(c, row)));
                more = await enumerator.MoveNextAsync();
            }

            End(writer);
        }
        while (more);

        sheets.Add(Both(nameof(Strings.XlsxSourcesSheet)));
        using (var entry = zip.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest).Open())
        {
            using var writer = Begin(entry, [28, 60, 60, 30, 30, 20, 12, 40, 24], frozen: false);
            var index = 0;
            foreach (var (line, height) in SourcesSheet(metadata))
            {
                WriteRow(writer, ++index, line, height);
            }

            End(writer);
        }

        Entry(zip, "xl/styles.xml", Styles().OuterXml);
        Entry(zip, "xl/workbook.xml", Workbook(sheets));
        Entry(zip, "xl/_rels/workbook.xml.rels", Relationships(
            [.. sheets.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml")), ($"rId{sheets.Count + 1}", "styles", "styles.xml")]));
        Entry(zip, "_rels/.rels", Relationships([("rId1", "officeDocument", "xl/workbook.xml")]));
        Entry(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
    }

    /// <summary>
    /// The title, citation, notes and page in both languages (rows tall enough for their wrapped text: a spreadsheet does
    /// not size them when it opens the file), then one row per source.
    /// </summary>
    private static IEnumerable<(IEnumerable<Cell> Cells, double? Height)> SourcesSheet(TableMetadata metadata)
    {
        (IEnumerable<Cell>, double?) Described(string key, Bilingual text, double height) =>
            ([TextCell(Both(key), HeaderStyle), TextCell(text.Zh, WrapStyle), TextCell(text.En, WrapStyle)], height);

        yield return Described(nameof(Strings.XlsxTitle), metadata.Title, 30);
        yield return Described(nameof(Strings.XlsxCitation), metadata.Citation, 110);
        yield return Described(nameof(Strings.XlsxNotes), metadata.Notes, 120);
        yield return Described(nameof(Strings.XlsxPage), metadata.Page, 30);
        yield return ([], null);
        yield return ([TextCell(Both(nameof(Strings.XlsxSources)), HeaderStyle)], null);
        yield return (SourceColumns.Select(name => TextCell(name, HeaderStyle)), null);
        foreach (var s in metadata.Sources)
        {
            yield return (new[] { s.Id, s.Title.Zh, s.Title.En, s.Publisher.Zh, s.Publisher.En, string.Join("; ", s.Authors), s.Published, s.Url, s.ReadAt }
                .Select(value => TextCell(value)), null);
        }
    }

    private static string Both(string key) => $"{Text.In(Text.Chinese, key)} {Text.In(Text.English, key)}";

    private static double Width<TRow>(Column<TRow> column) => column.Name switch
    {
        "quote" => 60,
        _ when column.Name.Contains("title", StringComparison.Ordinal) || column.Name.Contains("name_en", StringComparison.Ordinal) => 36,
        _ => 16,
    };

    private static Cell ValueCell<TRow>(Column<TRow> column, TRow row) =>
        column.Numeric is null ? TextCell(column.Cell(row))
        : column.Numeric(row) is { } number ? new Cell { CellValue = new CellValue(number), StyleIndex = NumberStyle(number) }
        : new Cell();

    /// <summary>The style that shows a number with the decimals it carries (516.50 as 516.50, 500 of a count as 500).</summary>
    private static uint NumberStyle(decimal number) => number.Scale <= MaxDecimals ? FirstNumberStyle + (uint)number.Scale : 0;

    /// <summary>Inline text (no shared-string table to hold in memory); an empty cell keeps its place in the row.</summary>
    private static Cell TextCell(string? text, uint style = 0)
    {
        var cell = string.IsNullOrEmpty(text) ? new Cell() : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new SheetText(text)) };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static OpenXmlWriter Begin(Stream entry, IEnumerable<double> widths, bool frozen)
    {
        var writer = OpenXmlWriter.Create(entry, Encoding.UTF8);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        // Printed, the sheet fits the width of a landscape page.
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0, TabSelected = frozen };
        if (frozen)
        {
            // The two header rows stay in view while scrolling.
            view.Append(new Pane { VerticalSplit = HeaderRows, TopLeftCell = $"A{HeaderRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft });
        }

        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(new Columns(widths.Select((w, i) => new SheetColumn { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        return writer;
    }

    /// <summary>A row; a <paramref name="height"/> in points for one whose wrapped text needs more than a line.</summary>
    private static void WriteRow(OpenXmlWriter writer, int index, IEnumerable<Cell> cells, double? height = null)
    {
        writer.WriteStartElement(height is { } points ? new Row { RowIndex = (uint)index, Height = points, CustomHeight = true } : new Row { RowIndex = (uint)index });
        foreach (var cell in cells)
        {
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static void End(OpenXmlWriter writer)
    {
        writer.WriteEndElement();
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteEndElement();
        writer.Close();
    }

    /// <summary>A bold, wrapped header style, a wrapped text style, then one number style for each count of decimals: 0, 0.0, 0.00 ...</summary>
    private static Stylesheet Styles()
    {
        var formats = Enumerable.Range(1, MaxDecimals)
            .Select(d => new NumberingFormat { NumberFormatId = (uint)(163 + d), FormatCode = "0." + new string('0', d) });
        var numberStyles = Enumerable.Range(0, MaxDecimals + 1)
            .Select(d => new CellFormat { NumberFormatId = d == 0 ? 1u : (uint)(163 + d), ApplyNumberFormat = true });
        return new Stylesheet(
            new NumberingFormats(formats) { Count = MaxDecimals },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(new[]
                {
                    new CellFormat(),
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                }.Concat(numberStyles))
            { Count = (uint)MaxDecimals + 4 });
    }

    private static string Workbook(IReadOnlyList<string> sheets) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
        string.Concat(sheets.Select((name, i) => $"<sheet name=\"{System.Security.SecurityElement.Escape(name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) +
        "</sheets></workbook>";

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select(r =>
            $"<Relationship Id=\"{r.Id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";

    private static string ContentTypes(int sheets) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
        string.Concat(Enumerable.Range(1, sheets).Select(i =>
            $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
        "</Types>";

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    }
}
