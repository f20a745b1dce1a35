using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Writes a table as the .xlsx an analyst opens in Excel or WPS: its rows on a first sheet under a frozen header in both
/// languages (each column's meaning in Chinese, then its name as in the CSV), numbers as numbers shown with the decimals
/// they carry (their indicator's), and a second sheet with the title, citation, notes and every source.
/// <para>
/// A sheet is written row by row with a plain <see cref="XmlWriter"/> straight into its zip entry, so memory stays flat
/// whatever the row count; past Excel's 1,048,576 rows the data continue on another sheet. (The Open XML SDK's writer
/// took an element object per cell, which made the workbook about a quarter as fast as the CSV: bench/RESULTS.md,
/// issue 18.) The package's few fixed parts (content types, relationships, workbook, styles) are written around them.
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

    /// <summary>SpreadsheetML's namespace, the sheets' default.</summary>
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
            WriteRow(writer, 1, columns.Select(c => ((string?)Text.In(Text.Chinese, c.Description), HeaderStyle)), height: 110);
            WriteRow(writer, 2, columns.Select(c => ((string?)c.Name, HeaderStyle)));
            for (var index = HeaderRows + 1; more && index <= SheetRows; index++)
            {
                var row = enumerator.Current;
                StartRow(writer, index, null);
                foreach (var column in columns)
                {
                    if (column.Numeric is null)
                    {
                        TextCell(writer, column.Cell(row), 0);
                    }
                    else
                    {
                        NumberCell(writer, column.Numeric(row));
                    }
                }

                writer.WriteEndElement();
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
    private static IEnumerable<(IEnumerable<(string? Text, uint Style)> Cells, double? Height)> SourcesSheet(TableMetadata metadata)
    {
        (IEnumerable<(string?, uint)>, double?) Described(string key, Bilingual text, double height) =>
            ([(Both(key), HeaderStyle), (text.Zh, WrapStyle), (text.En, WrapStyle)], height);

        yield return Described(nameof(Strings.XlsxTitle), metadata.Title, 30);
        yield return Described(nameof(Strings.XlsxCitation), metadata.Citation, 110);
        yield return Described(nameof(Strings.XlsxNotes), metadata.Notes, 120);
        yield return Described(nameof(Strings.XlsxPage), metadata.Page, 30);
        yield return ([], null);
        yield return ([(Both(nameof(Strings.XlsxSources)), HeaderStyle)], null);
        yield return (SourceColumns.Select(name => ((string?)name, HeaderStyle)), null);
        foreach (var s in metadata.Sources)
        {
            yield return (new[] { s.Id, s.Title.Zh, s.Title.En, s.Publisher.Zh, s.Publisher.En, string.Join("; ", s.Authors), s.Published, s.Url, s.ReadAt }
                .Select(value => ((string?)value, 0u)), null);
        }
    }

    private static string Both(string key) => $"{Text.In(Text.Chinese, key)} {Text.In(Text.English, key)}";

    private static double Width<TRow>(Column<TRow> column) => column.Name switch
    {
        "quote" => 60,
        _ when column.Name.Contains("title", StringComparison.Ordinal) || column.Name.Contains("name_en", StringComparison.Ordinal) => 36,
        _ => 16,
    };

    /// <summary>A number shown with the decimals it carries (516.50 as 516.50, 500 of a count as 500); an empty cell keeps its place.</summary>
    private static void NumberCell(XmlWriter writer, decimal? number)
    {
        writer.WriteStartElement("c", Main);
        if (number is { } value)
        {
            if (value.Scale <= MaxDecimals)
            {
                writer.WriteAttributeString("s", (FirstNumberStyle + (uint)value.Scale).ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteElementString("v", Main, value.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndElement();
    }

    /// <summary>Inline text (no shared-string table to hold in memory); an empty cell keeps its place in the row.</summary>
    private static void TextCell(XmlWriter writer, string? text, uint style)
    {
        writer.WriteStartElement("c", Main);
        if (style != 0)
        {
            writer.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(text))
        {
            writer.WriteAttributeString("t", "inlineStr");
            writer.WriteStartElement("is", Main);
            writer.WriteStartElement("t", Main);
            if (text.Trim().Length != text.Length)
            {
                writer.WriteAttributeString("xml", "space", null, "preserve");
            }

            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static XmlWriter Begin(Stream entry, IEnumerable<double> widths, bool frozen)
    {
        var writer = XmlWriter.Create(entry, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("worksheet", Main);
        // Printed, the sheet fits the width of a landscape page.
        writer.WriteStartElement("sheetPr", Main);
        Empty(writer, "pageSetUpPr", ("fitToPage", "1"));
        writer.WriteEndElement();
        writer.WriteStartElement("sheetViews", Main);
        writer.WriteStartElement("sheetView", Main);
        writer.WriteAttributeString("tabSelected", frozen ? "1" : "0");
        writer.WriteAttributeString("workbookViewId", "0");
        if (frozen)
        {
            // The two header rows stay in view while scrolling.
            Empty(writer, "pane", ("ySplit", $"{HeaderRows}"), ("topLeftCell", $"A{HeaderRows + 1}"), ("activePane", "bottomLeft"), ("state", "frozen"));
            Empty(writer, "selection", ("pane", "bottomLeft"));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("cols", Main);
        foreach (var (width, i) in widths.Select((w, i) => (w, i + 1)))
        {
            Empty(writer, "col", ("min", $"{i}"), ("max", $"{i}"), ("width", width.ToString(CultureInfo.InvariantCulture)), ("customWidth", "1"));
        }

        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", Main);
        return writer;
    }

    /// <summary>A row's start; a <paramref name="height"/> in points for one whose wrapped text needs more than a line.</summary>
    private static void StartRow(XmlWriter writer, int index, double? height)
    {
        writer.WriteStartElement("row", Main);
        writer.WriteAttributeString("r", index.ToString(CultureInfo.InvariantCulture));
        if (height is { } points)
        {
            writer.WriteAttributeString("ht", points.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customHeight", "1");
        }
    }

    private static void WriteRow(XmlWriter writer, int index, IEnumerable<(string? Text, uint Style)> cells, double? height = null)
    {
        StartRow(writer, index, height);
        foreach (var (text, style) in cells)
        {
            TextCell(writer, text, style);
        }

        writer.WriteEndElement();
    }

    private static void End(XmlWriter writer)
    {
        writer.WriteEndElement();
        Empty(writer, "pageMargins", ("left", "0.4"), ("right", "0.4"), ("top", "0.5"), ("bottom", "0.5"), ("header", "0.3"), ("footer", "0.3"));
        Empty(writer, "pageSetup", ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0"));
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void Empty(XmlWriter writer, string name, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name, Main);
        foreach (var (attribute, value) in attributes)
        {
            writer.WriteAttributeString(attribute, value);
        }

        writer.WriteEndElement();
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
