using System.Net;
using System.Text.Json;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Tests.Overview;

public sealed class MapPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Fact]
    public async Task The_overview_maps_GDP_of_one_period_with_no_data_where_no_source_gives_it()
    {
        var (_, page) = await fixture.GetAsync("/");

        var map = JsonDocument.Parse(page.QuerySelector("script#map-gdp-data")!.TextContent).RootElement;
        var values = map.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("value"));
        values.Should().HaveCount(7);
        values["440705"].GetDecimal().Should().Be(1011.25m);
        values["440781"].GetDecimal().Should().Be(547.4m, "the map is of 2023, the period most counties have; 台山's 2023 GDP is a profile page's");
        values["440703"].GetDecimal().Should().Be(918m);
        values["440704"].ValueKind.Should().Be(JsonValueKind.Null, "江海's GDP is known only for 2018");
        values["440785"].ValueKind.Should().Be(JsonValueKind.Null);
        page.QuerySelectorAll("table.map-table td").Select(td => td.TextContent).Should().Contain("未见于已载入的资料");
    }

    [Fact]
    public async Task The_map_is_drawn_on_the_server_a_shade_per_value_hatched_where_there_is_none_a_link_and_a_name_per_county()
    {
        var (_, page) = await fixture.GetAsync("/");

        var counties = page.QuerySelectorAll("svg.map-drawing a[data-code]").ToDictionary(a => a.GetAttribute("data-code")!);
        counties.Should().HaveCount(7);
        counties["440705"].GetAttribute("href").Should().Be("/regions/xinhui");
        string Fill(string code) => counties[code].QuerySelector("path")!.GetAttribute("fill")!;
        counties.Values.Should().OnlyContain(a => a.QuerySelector("path")!.GetAttribute("d")!.StartsWith('M'));
        Fill("440705").Should().Be(MapScale.Ramp[^1], "新会's 1,011.25 is the highest");
        Fill("440783").Should().Be(MapScale.Ramp[0], "开平's \"超过 500\" is the lowest the map can place");
        Fill("440704").Should().Be("url(#map-gdp-none)", "江海 has no 2023 GDP: hatched, never a pale shade");
        counties["440703"].QuerySelector("title")!.TextContent.Should().Be("蓬江区: 约 918 亿元（2023）");
        page.QuerySelectorAll("svg.map-drawing .map-labels text").Select(t => t.TextContent).Should().Contain(["新会区", "台山市", "恩平市"]);
        page.QuerySelectorAll("svg.map-key text").Select(t => t.TextContent).Should().Equal("600", "800", "1,000");
    }

    [Theory]
    [InlineData(500, 1011.25, new[] { 600.0, 800, 1000 })]
    [InlineData(3.1, 7.2, new[] { 4.0, 6 })]
    [InlineData(7.2, 7.2, new[] { 7.2 })]
    public void The_key_shows_round_numbers_within_the_range(double low, double high, double[] ticks) =>
        new MapScale((decimal)low, (decimal)high).Ticks().Select(t => (double)t).Should().Equal(ticks);

    [Theory]
    [InlineData("/", "?")]
    [InlineData("/?grade=official", "&")]
    public async Task The_map_opens_on_a_key_figure_most_counties_have_or_else_on_what_most_have_never_on_one_a_single_county_has(string address, string join)
    {
        var (response, page) = await fixture.GetAsync(address);
        var chosen = page.QuerySelector("#map-choice option[selected]")!.GetAttribute("value")!;
        var counts = new Dictionary<string, int>();
        foreach (var option in page.QuerySelectorAll("#map-choice option").Select(o => o.GetAttribute("value")!))
        {
            counts[option] = CountiesWithAValue((await fixture.GetAsync(address + join + "map=" + option)).Document, option);
        }

        // A key figure (GDP, its growth, population, in that order) that most of the seven counties have; else whatever most have.
        string[] keys = ["gdp", "gdp_growth", "resident_population"];
        var expected = keys.FirstOrDefault(k => counts.GetValueOrDefault(k) > 7 / 2) ?? counts.MaxBy(c => c.Value).Key;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        CountiesWithAValue(page, chosen).Should().Be(counts[expected], "the map opened on {0}", chosen).And.BeGreaterThan(1);
    }

    /// <summary>How many counties the map of <paramref name="indicator"/> on the page has a value for.</summary>
    private static int CountiesWithAValue(AngleSharp.Dom.IDocument page, string indicator) =>
        JsonDocument.Parse(page.QuerySelector($"script#map-{indicator}-data")!.TextContent).RootElement
            .GetProperty("areas").EnumerateArray().Count(a => a.GetProperty("value").ValueKind != JsonValueKind.Null);

    [Fact]
    public async Task The_map_selector_offers_each_indicator_with_county_values()
    {
        var (_, page) = await fixture.GetAsync("/?map=resident_population");

        page.QuerySelectorAll("#map-choice option").Select(o => o.GetAttribute("value")).Should().Contain(["gdp", "gdp_growth", "resident_population"]);
        page.QuerySelector("#map-choice option[selected]")!.GetAttribute("value").Should().Be("resident_population");
        page.QuerySelector("[data-map]")!.GetAttribute("data-points").Should().Be("7");
    }

    [Fact]
    public async Task An_unknown_map_indicator_is_a_400_naming_the_parameter()
    {
        var (response, page) = await fixture.GetAsync("/en?map=nope");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain("Parameter map").And.Contain("nope").And.Contain("resident_population");
    }
}
