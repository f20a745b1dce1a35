using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jiangmen.Dashboard.Data.Seeding;
using Json.Schema;

namespace Jiangmen.Dashboard.Tests.Shared.Tables;

/// <summary>
/// Beside every table's .csv: .metadata.json, valid against Shared/Tables/metadata.schema.json and naming exactly the
/// sources of the CSV's rows, and .zip, holding the CSV, the metadata and a readme in both languages.
/// </summary>
public sealed class MetadataTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "metadata.schema.json"));

    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Each table's address without extension, its query, and the page its citation names.</summary>
    public static TheoryData<string, string, string> Tables => new()
    {
        { "/regions/xinhui", "", "/regions/xinhui" },
        { "/regions/jiangmen", "", "/regions/jiangmen" },
        { "/indicators/gdp", "", "/indicators/gdp" },
        { "/sources/jmdrc-2024-county-economy", "", "/sources/jmdrc-2024-county-economy" },
        { "/platforms/jiangmen-main-platform", "", "/platforms/jiangmen-main-platform" },
        { "/partnerships/pengjiang-jianghai-enping", "", "/partnerships/pengjiang-jianghai-enping" },
        { "/partnerships", "", "/partnerships" },
        { "/partnerships", "?table=figures", "/partnerships" },
        { "/platforms", "", "/platforms" },
        { "/sources", "", "/sources" },
        { "/compare", "?regions=xinhui,taishan,enping&indicators=gdp,resident_population", "/compare?regions=xinhui,taishan,enping&indicators=gdp,resident_population" },
        { "/export/observations", "", "/export/observations.csv" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task The_metadata_is_valid_and_lists_exactly_the_sources_of_the_CSV_rows(string table, string query, string page)
    {
        using var client = fixture.App.CreateClient();
        var (response, metadata) = await MetadataAsync(client, table + ".metadata.json" + query);
        var (_, bytes, rows) = await CsvTests.DownloadAsync(client, table + ".csv" + query);
        var header = Encoding.UTF8.GetString(bytes).Split("\r\n")[0].TrimStart('\uFEFF').Split(',');

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        Problems(metadata).Should().BeEmpty();
        metadata["columns"]!.AsArray().Select(c => (string)c!["name"]!).Should().Equal(header, "the columns are described in the CSV's order");
        metadata["columns"]!.AsArray().Select(c => (string)c!["description"]!["en"]!).Should().NotContain(d => d.StartsWith("CsvColumn_", StringComparison.Ordinal));
        var rowSources = rows.Select(r => r["source_id"]).Where(id => id.Length > 0).Distinct();
        SourceIds(metadata).Should().BeEquivalentTo(rowSources);
        ((string)metadata["page"]!["zh"]!).Should().Be("http://localhost" + page);
        ((string)metadata["citation"]!["zh"]!).Should().Contain("http://localhost" + page);
        ((string)metadata["csv"]!["fileName"]!).Should().EndWith($"-{Today}.csv");
    }

    [Fact]
    public async Task The_metadata_gives_each_source_with_title_publisher_date_and_address_and_cites_them_in_both_languages()
    {
        using var client = fixture.App.CreateClient();
        var (_, metadata) = await MetadataAsync(client, "/indicators/gdp.metadata.json");
        var seeds = SeedReader.Read(Seeds.Directory);

        var report = metadata["sources"]!.AsArray().Single(s => (string)s!["id"]! == Seeds.ReportSourceId)!;
        var seed = seeds.Sources.Single(s => s.Id == Seeds.ReportSourceId);
        ((string)report["title"]!["zh"]!).Should().Be(seed.TitleZh);
        ((string)report["publisher"]!["en"]!).Should().Be(seed.PublisherEn);
        ((string?)report["published"]).Should().Be(seed.Published);
        ((string?)report["readAt"]).Should().Be(seed.ReadAt);
        report["authors"]!.AsArray().Select(a => (string)a!).Should().Equal("陈敏锐", "袁辉");
        ((string)metadata["title"]!["zh"]!).Should().Be("地区生产总值：全部数值");
        ((string)metadata["title"]!["en"]!).Should().Be("Gross domestic product (GDP): all values");
        foreach (var id in SourceIds(metadata))
        {
            var source = seeds.Sources.Single(s => s.Id == id);
            ((string)metadata["citation"]!["zh"]!).Should().Contain($"《{source.TitleZh}》");
            ((string)metadata["citation"]!["en"]!).Should().Contain(source.TitleEn).And.Contain("http://localhost/en/indicators/gdp");
        }

        var value = metadata["columns"]!.AsArray().Single(c => (string)c!["name"]! == "value")!;
        ((string)value["type"]!).Should().Be("number");
        ((string)value["unitColumn"]!).Should().Be("unit");
        ((string)value["description"]!["zh"]!).Should().Contain("未见于已载入的资料");
    }

    [Fact]
    public async Task The_indicator_catalogue_names_the_sources_of_the_figures_it_counts()
    {
        using var client = fixture.App.CreateClient();
        var (_, metadata) = await MetadataAsync(client, "/indicators.metadata.json");

        Problems(metadata).Should().BeEmpty();
        SourceIds(metadata).Should().BeEquivalentTo(SeedReader.Read(Seeds.Directory).Observations.Select(o => o.SourceId).Distinct());
        metadata["columns"]!.AsArray().Single(c => (string)c!["name"]! == "region_count")!["unit"]!["en"]!.GetValue<string>().Should().Be("regions");
    }

    [Fact]
    public async Task The_schema_rejects_metadata_without_its_sources()
    {
        using var client = fixture.App.CreateClient();
        var (_, metadata) = await MetadataAsync(client, "/regions/xinhui.metadata.json");

        metadata.AsObject().Remove("sources");

        Problems(metadata).Should().NotBeEmpty("the validator really validates");
    }

    [Theory]
    [InlineData("/regions/kaiping", "", "region-kaiping")]
    [InlineData("/compare", "?regions=xinhui,enping&indicators=gdp", "compare")]
    [InlineData("/export/observations", "", "observations")]
    public async Task The_zip_holds_the_CSV_the_metadata_and_a_readme_in_both_languages(string table, string query, string what)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri(table + ".zip" + query, UriKind.Relative));
        var csv = await client.GetByteArrayAsync(new Uri(table + ".csv" + query, UriKind.Relative));
        var (_, metadata) = await MetadataAsync(client, table + ".metadata.json" + query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"jiangmen-{what}-{Today}.zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Should().Equal($"jiangmen-{what}-{Today}.csv", $"jiangmen-{what}-{Today}.metadata.json", "README.txt");

        Read(zip.Entries[0]).Should().Equal(csv, "the zip's CSV is the .csv download");
        var zipped = JsonNode.Parse(Read(zip.Entries[1]))!;
        Problems(zipped).Should().BeEmpty();
        JsonNode.DeepEquals(zipped, metadata).Should().BeTrue("the zip's metadata is the .metadata.json download");
        var readme = Encoding.UTF8.GetString(Read(zip.Entries[2]));
        readme.Should().Contain((string)metadata["title"]!["zh"]!).And.Contain((string)metadata["title"]!["en"]!)
            .And.Contain((string)metadata["citation"]!["zh"]!).And.Contain((string)metadata["citation"]!["en"]!)
            .And.Contain(zip.Entries[0].FullName).And.Contain("未见于已载入的资料").And.Contain("not published in the loaded sources");
    }

    [Theory]
    [InlineData("/regions/nowhere.metadata.json", HttpStatusCode.NotFound)]
    [InlineData("/sources/nowhere.zip", HttpStatusCode.NotFound)]
    [InlineData("/compare.metadata.json?regions=atlantis", HttpStatusCode.BadRequest)]
    [InlineData("/partnerships.zip?table=nonsense", HttpStatusCode.BadRequest)]
    public async Task An_unknown_table_or_a_bad_parameter_answers_as_the_CSV_does(string address, HttpStatusCode status)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        response.StatusCode.Should().Be(status);
    }

    [Fact]
    public async Task Each_table_links_its_four_downloads()
    {
        var (_, page) = await fixture.GetAsync("/regions/xinhui");

        page.QuerySelector("a.csv-link")!.GetAttribute("href").Should().Be("/regions/xinhui.csv");
        page.QuerySelector("a.xlsx-link")!.GetAttribute("href").Should().Be("/regions/xinhui.xlsx");
        page.QuerySelector("a.metadata-link")!.GetAttribute("href").Should().Be("/regions/xinhui.metadata.json");
        page.QuerySelector("a.zip-link")!.GetAttribute("href").Should().Be("/regions/xinhui.zip");
    }

    private static IEnumerable<string> SourceIds(JsonNode metadata) => metadata["sources"]!.AsArray().Select(s => (string)s!["id"]!);

    private static List<string> Problems(JsonNode metadata)
    {
        using var document = JsonDocument.Parse(metadata.ToJsonString());
        var result = Schema.Evaluate(document.RootElement, Strict);
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }

    private static async Task<(HttpResponseMessage Response, JsonNode Metadata)> MetadataAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
