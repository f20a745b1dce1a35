using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Observations;

public sealed class ApiTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string address, string? ifNoneMatch = null)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(ifNoneMatch));
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Regions_and_indicators_list_everything_in_seeds_in_both_languages()
    {
        var seeds = SeedReader.Read(Seeds.Directory);
        var (_, regions) = await GetAsync("/api/regions");
        var (_, indicators) = await GetAsync("/api/indicators");

        regions.EnumerateArray().Select(r => r.GetProperty("name_zh").GetString()).Should().BeEquivalentTo(seeds.Regions.Select(r => r.NameZh));
        indicators.EnumerateArray().Select(i => i.GetProperty("code").GetString()).Should().BeEquivalentTo(seeds.Indicators.Select(i => i.Code));
        indicators.EnumerateArray().Should().OnlyContain(i => i.GetProperty("unit_en").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Observation_filters_combine_and_values_are_invariant_numbers()
    {
        var (response, page) = await GetAsync("/api/observations?region=heshan&indicator=gdp&period=2023");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.GetProperty("total").GetInt32().Should().Be(2, "the Heshan government's page and a profile page both give it");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("source").GetString()).Should().BeEquivalentTo(["heshan-gov-2023-economy", "njclqc-heshan"]);
        items.Should().OnlyContain(i => i.GetProperty("value").GetRawText() == "502.87" && i.GetProperty("quote").GetString()!.Contains("502.87億元"));
    }

    [Fact]
    public async Task Values_have_the_decimals_their_source_writes_on_both_apis()
    {
        var (_, page) = await GetAsync("/api/observations?region=taishan&indicator=gdp&period=2022");
        var (_, compare) = await GetAsync("/api/compare?regions=pengjiang&indicators=gdp");

        page.GetProperty("items")[0].GetProperty("value").GetRawText().Should().Be("516.50");
        compare.GetProperty("cells")[0].GetProperty("value").GetRawText().Should().Be("918", "as its source writes it (达918亿), with no decimal added, the same on every provider");
    }

    [Fact]
    public async Task Pages_link_to_their_neighbours_in_the_header_and_the_body()
    {
        var (response, page) = await GetAsync("/api/observations?indicator=gdp&pageSize=2&page=2");

        var link = response.Headers.GetValues("Link").Single();
        link.Should().Contain("pageSize=2&page=1>; rel=\"prev\"").And.Contain("pageSize=2&page=3>; rel=\"next\"")
            .And.Contain("page=1>; rel=\"first\"").And.Contain("rel=\"last\"");
        var links = page.GetProperty("links");
        links.GetProperty("next").GetString().Should().EndWith("/api/observations?indicator=gdp&pageSize=2&page=3");
        links.GetProperty("prev").GetString().Should().EndWith("page=1");
        var (_, last) = await GetAsync(new Uri(links.GetProperty("last").GetString()!).PathAndQuery);
        last.GetProperty("links").GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/observations?indicator=gdp&format=csv", null)]
    [InlineData("/api/observations?indicator=gdp", "text/csv")]
    [InlineData("/api/observations?indicator=gdp", "application/json;q=0.5, text/csv")]
    public async Task The_same_filters_answer_csv_by_parameter_or_content_negotiation(string address, string? accept)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("subject_kind,subject_code,");
        lines.Skip(1).Should().HaveCount(SeedReader.Read(Seeds.Directory).Observations.Count(o => o.IndicatorCode == "gdp")).And.OnlyContain(l => l.Contains(",gdp,", StringComparison.Ordinal));
        response.Headers.Vary.Should().Contain("Accept");
    }

    [Fact]
    public async Task Paging_has_a_stable_order_and_covers_every_observation_once()
    {
        var seeds = SeedReader.Read(Seeds.Directory);
        var seen = new List<string>();
        for (var number = 1; ; number++)
        {
            var (_, page) = await GetAsync($"/api/observations?pageSize=7&page={number}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            // The last page is not full and gives the total without a count; the page past it counts.
            page.GetProperty("total").GetInt32().Should().Be(seeds.Observations.Count, "page {0} says how many there are in all", number);
            if (items.Count == 0)
            {
                break;
            }

            seen.AddRange(items.Select(Key));
        }

        seen.Should().HaveCount(seeds.Observations.Count).And.OnlyHaveUniqueItems();
        var (_, first) = await GetAsync("/api/observations?pageSize=7&page=1");
        seen.Take(7).Should().Equal(first.GetProperty("items").EnumerateArray().Select(Key));

        static string Key(JsonElement i) =>
            $"{i.GetProperty("subject_code").GetString()}|{i.GetProperty("indicator").GetString()}|{i.GetProperty("period").GetString()}|{i.GetProperty("source").GetString()}";
    }

    [Theory]
    [InlineData("/api/observations?region=nowhere", "region")]
    [InlineData("/api/observations?indicator=gdp_per_cat", "indicator")]
    [InlineData("/api/observations?period=23", "period")]
    [InlineData("/api/observations?page=0", "page")]
    [InlineData("/api/observations?page=abc", "page")]
    [InlineData("/api/observations?pageSize=1001", "pageSize")]
    [InlineData("/api/observations?pageSize=-5", "pageSize")]
    [InlineData("/api/observations?pageSize=99999999999999999999", "pageSize")]
    public async Task A_bad_parameter_is_a_problem_that_names_it(string address, string parameter)
    {
        var (response, problem) = await GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem.GetProperty("parameter").GetString().Should().Be(parameter);
        problem.GetRawText().Should().NotContain("Exception");
    }

    [Fact]
    public async Task The_compare_API_has_the_page_validation_and_nulls_for_gaps()
    {
        var (ok, table) = await GetAsync("/api/compare?regions=xinhui,enping&indicators=gdp");
        var (bad, problem) = await GetAsync("/en/api/compare?regions=xinhui,nowhere");

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        var cells = table.GetProperty("cells").EnumerateArray().ToList();
        cells.Single(c => c.GetProperty("region").GetString() == "xinhui").GetProperty("value").GetDecimal().Should().Be(1011.25m);
        cells.Single(c => c.GetProperty("region").GetString() == "enping").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("nowhere").And.Contain("Valid values");
    }

    [Fact]
    public async Task Clients_can_revalidate_with_the_ETag()
    {
        var (first, _) = await GetAsync("/api/indicators");
        var etag = first.Headers.ETag!.Tag;

        var (second, _) = await GetAsync("/api/indicators", etag);

        first.Headers.CacheControl!.NoCache.Should().BeTrue();
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        var (response, document) = await GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .Should().Contain(["/api/regions", "/api/indicators", "/api/observations", "/api/compare"]);
    }

    [Theory]
    [InlineData("/api/observations?region=%00")]
    [InlineData("/api/observations?region=' or 1=1 --")]
    [InlineData("/api/observations?indicator=<script>")]
    [InlineData("/api/observations?period=2023%00")]
    [InlineData("/api/observations?period=99999")]
    [InlineData("/api/observations?page=-1")]
    [InlineData("/api/observations?page=2147483648")]
    [InlineData("/api/observations?pageSize=0")]
    [InlineData("/api/observations?pageSize=1e3")]
    [InlineData("/api/observations?page=1.5")]
    [InlineData("/api/compare?regions=%FF")]
    [InlineData("/api/compare?indicators=..%2F..%2F")]
    [InlineData("/api/nothing")]
    [InlineData("/api/regions/xinhui/../../etc")]
    public async Task A_malformed_API_query_gets_a_4xx_never_a_5xx(string address)
    {
        var (response, _) = await GetAsync(address);

        ((int)response.StatusCode).Should().BeInRange(400, 499);
    }
}
