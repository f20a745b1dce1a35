using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Tests.Shared.Tables;

public sealed class CsvTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static readonly string[] Header =
    [
        "subject_kind", "subject_code", "subject_name_zh", "subject_name_en", "indicator_code", "indicator_name_zh", "indicator_name_en",
        "period", "value", "unit", "unit_zh", "qualifier", "source_id", "source_grade", "source_title", "source_title_zh", "source_publisher", "source_url", "quote",
    ];

    internal static async Task<(HttpResponseMessage Response, byte[] Bytes, List<Dictionary<string, string>> Rows)> DownloadAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = new CsvReader(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await reader.ReadAsync();
        reader.ReadHeader();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        return (response, bytes, rows);
    }

    [Theory]
    [InlineData("/regions/xinhui", "region-xinhui")]
    [InlineData("/regions/jiangmen", "region-jiangmen")]
    [InlineData("/indicators/gdp", "indicator-gdp")]
    [InlineData("/sources/jmdrc-2024-county-economy", "source-jmdrc-2024-county-economy")]
    [InlineData("/platforms/jiangmen-large-industrial-cluster", "platform-jiangmen-large-industrial-cluster")]
    public async Task Each_page_table_downloads_as_the_same_rows_in_Excel_ready_CSV(string page, string what)
    {
        using var client = fixture.App.CreateClient();
        var (_, document) = await fixture.GetAsync(EnglishAddress.Of(page));
        var (response, bytes, rows) = await DownloadAsync(client, page + ".csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"jiangmen-{what}-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes);
        text.Split("\r\n")[0].TrimStart('\uFEFF').Split(',').Should().Equal(Header);
        text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "every line ends in CRLF (no quote holds a line break)");

        var cells = document.QuerySelectorAll("table.figures td[data-indicator]").ToList();
        // Every row, a region's every period included.
        rows.Should().HaveCount(cells.Count);
        rows.Select(r => (r["indicator_code"], Shown(r)))
            .Should().BeEquivalentTo(cells.Select(c => (c.GetAttribute("data-indicator")!, c.TextContent)));
        document.QuerySelector("a.csv-link")!.GetAttribute("href").Should().Be(page + ".csv");
    }

    // The page shows 1,011.25 and "more than 500"; the CSV holds 1011.25 and 500 with its qualifier.
    private static string Shown(Dictionary<string, string> row)
    {
        var number = decimal.Parse(row["value"], CultureInfo.InvariantCulture).ToString("N" + decimal.Parse(row["value"], CultureInfo.InvariantCulture).Scale, CultureInfo.GetCultureInfo("en"));
        return row["qualifier"] switch
        {
            "more_than" => "more than " + number,
            "at_least" => "at least " + number,
            "about" => "about " + number,
            _ => number,
        };
    }

    [Fact]
    public async Task Numbers_are_plain_invariant_with_the_decimals_their_source_writes()
    {
        using var client = fixture.App.CreateClient();
        var (_, _, rows) = await DownloadAsync(client, "/indicators/gdp.csv");

        var seeds = SeedReader.Read(Seeds.Directory);
        rows.Select(r => r["value"]).Should().BeEquivalentTo(
            seeds.Observations.Where(o => o.IndicatorCode == "gdp").Select(o => DecimalValue.WithDecimals(o.Value, o.Decimals).ToString(CultureInfo.InvariantCulture)));
        rows.Select(r => r["value"]).Should().Contain(["4022.25", "2900.4073", "516.50", "1011.25"]);
        rows.Single(r => r["subject_code"] == "440783" && r["period"] == "2023")["qualifier"].Should().Be("more_than");
        rows.Single(r => r["subject_code"] == "440703")["qualifier"].Should().Be("about");
    }

    [Fact]
    public async Task The_bulk_export_holds_every_observation_with_its_source_and_quote()
    {
        using var client = fixture.App.CreateClient();
        var (_, _, rows) = await DownloadAsync(client, "/export/observations.csv");
        var seeds = SeedReader.Read(Seeds.Directory);

        rows.Should().HaveCount(seeds.Observations.Count);
        // A quote that begins like a formula (the HKTDC table's "- Primary Industry ...") is neutralised in a CSV.
        rows.Select(r => r["quote"]).Should().BeEquivalentTo(seeds.Observations.Select(o => CsvFile.Safe(o.Quote)));
        rows.Should().OnlyContain(r => r["source_title"].Length > 0 && r["subject_name_en"].Length > 0);
    }

    [Theory]
    [InlineData("/regions/nowhere.csv")]
    [InlineData("/indicators/nothing.csv")]
    [InlineData("/sources/nowhere.csv")]
    public async Task An_unknown_table_is_a_404(string address)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_text_cell_that_looks_like_a_formula_is_neutralised()
    {
        var seeds = Seeds.Copy();
        var line = Seeds.LineOf(seeds, "observations.tsv", Seeds.EnpingCensusRow);
        Seeds.ReplaceLine(seeds, "observations.tsv", line, l => string.Join('\t', l.Split('\t')[..8]) + "\t=HYPERLINK(\"http://evil\",\"x\")\t\t\t");
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database, seeds);
        using var client = app.CreateClient();

        var (_, _, rows) = await DownloadAsync(client, "/regions/enping.csv");

        var row = rows.Single(r => r["indicator_code"] == "resident_population" && r["source_id"] == "nbs-census-2020-county-data");
        row["quote"].Should().Be("'=HYPERLINK(\"http://evil\",\"x\")");
        row["value"].Should().Be("483907", "numbers stay numbers");
    }
}
