using System.Net;
using System.Text.Json;

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

    [Theory]
    [InlineData("/")]
    [InlineData("/?grade=official")]
    public async Task The_map_opens_on_a_key_indicator_most_counties_have_not_on_one_a_single_county_has(string address)
    {
        var (response, page) = await fixture.GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var chosen = page.QuerySelector("#map-choice option[selected]")!.GetAttribute("value");
        var map = JsonDocument.Parse(page.QuerySelector($"script#map-{chosen}-data")!.TextContent).RootElement;
        map.GetProperty("areas").EnumerateArray().Count(a => a.GetProperty("value").ValueKind != JsonValueKind.Null)
            .Should().BeGreaterThan(7 / 2, "the map opened on {0}", chosen);
    }

    [Fact]
    public async Task The_map_selector_offers_each_indicator_with_county_values()
    {
        var (_, page) = await fixture.GetAsync("/?map=resident_population");

        page.QuerySelectorAll("#map-choice option").Select(o => o.GetAttribute("value")).Should().Contain(["gdp", "gdp_growth", "resident_population"]);
        page.QuerySelector("#map-choice option[selected]")!.GetAttribute("value").Should().Be("resident_population");
        page.QuerySelector("canvas[data-map]")!.GetAttribute("data-points").Should().Be("7");
    }

    [Fact]
    public async Task An_unknown_map_indicator_is_a_400_naming_the_parameter()
    {
        var (response, page) = await fixture.GetAsync("/en?map=nope");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain("Parameter map").And.Contain("nope").And.Contain("resident_population");
    }
}
