using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiangmen.Dashboard.Tests.Shared.Tables;

/// <summary>Beside every .csv an .xlsx of the same rows: real numbers shown with the decimals their source writes, a frozen header in both languages, and the sources.</summary>
public sealed class XlsxTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Theory]
    [InlineData("/indicators/gdp", "indicator-gdp")]
    [InlineData("/regions/xinhui", "region-xinhui")]
    [InlineData("/compare?regions=xinhui,taishan,enping&indicators=gdp,gdp_growth", "compare")]
    [InlineData("/sources", "sources")]
    [InlineData("/export/observations", "observations")]
    public async Task The_workbook_holds_the_csvs_rows_with_numbers_as_numbers(string page, string what)
    {
        using var client = fixture.App.CreateClient();
        var (path, query) = page.Contains('?', StringComparison.Ordinal) ? (page[..page.IndexOf('?', StringComparison.Ordinal)], page[page.IndexOf('?', StringComparison.Ordinal)..]) : (page, "");
        var (_, _, csv) = await CsvTests.DownloadAsync(client, path + ".csv" + query);
        using var response = await client.GetAsync(new Uri(path + ".xlsx" + query, UriKind.Relative));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"jiangmen-{what}-{DateTime.UtcNow:yyyy-MM-dd}.xlsx");
        var sheets = Sheets(workbook);
        sheets.Select(s => s.Name).Should().Equal("数据 Data", "来源与引用 Sources");
        var rows = sheets[0].Rows;
        rows[1].Should().Equal(csv.Count == 0 ? [] : csv[0].Keys, "the second header row names the columns as the CSV does");
        rows[0].Should().OnlyContain(label => label.Length > 0, "the first header row says what each column is, in Chinese");
        rows.Skip(2).Select(r => r.ToArray()).Should().BeEquivalentTo(csv.Select(r => r.Values.ToArray()), o => o.WithStrictOrdering());
        var pane = sheets[0].Part.Worksheet.Descendants<Pane>().Single();
        (pane.State!.Value == PaneStateValues.Frozen && pane.VerticalSplit!.Value == 2).Should().BeTrue("the two header rows stay in view");
        sheets[1].Rows.SelectMany(r => r).Should().Contain(csv.Select(r => r.GetValueOrDefault("source_id") ?? "").Where(id => id.Length > 0).Distinct(),
            "the second sheet lists every source the rows name");
    }

    [Fact]
    public async Task A_value_is_a_number_cell_formatted_with_the_decimals_its_source_writes()
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri("/indicators/gdp.xlsx", UriKind.Relative));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = Sheets(workbook)[0];
        var header = sheet.Rows[1];
        var valueColumn = header.IndexOf("value");
        var formats = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        var cells = sheet.Part.Worksheet.Descendants<Row>().Skip(2).Select(r => r.Elements<Cell>().ElementAt(valueColumn)).ToList();

        cells.Should().OnlyContain(c => c.DataType == null, "numbers are number cells, not text");
        var byValue = cells.GroupBy(c => c.CellValue!.Text).ToDictionary(g => g.Key, g => FormatCode(formats, g.First().StyleIndex!.Value));
        byValue.Should().Contain("516.50", "0.00").And.Contain("2240.0243", "0.0000").And.Contain("575", "0");
    }

    private static string FormatCode(Stylesheet styles, uint style)
    {
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)style).NumberFormatId!.Value;
        const uint builtInWholeNumber = 1;
        return format == builtInWholeNumber ? "0" : styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format).FormatCode!.Value!;
    }

    private static List<(string Name, WorksheetPart Part, List<List<string>> Rows)> Sheets(SpreadsheetDocument workbook)
    {
        var part = workbook.WorkbookPart!;
        return [.. part.Workbook.Descendants<Sheet>().Select(sheet =>
        {
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
            var rows = worksheet.Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
                .ToList();
            return (sheet.Name!.Value!, worksheet, rows);
        })];
    }
}
