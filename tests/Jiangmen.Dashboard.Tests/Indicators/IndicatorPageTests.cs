using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Jiangmen.Dashboard.Tests.Indicators;

/// <summary>The indicator page: the ranking of one selectable year, and the lines over the years.</summary>
public sealed class IndicatorPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static List<JsonElement> Charts(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(c => JsonDocument.Parse(page.GetElementById(c.GetAttribute("data-chart")!)!.TextContent).RootElement)];

    private static decimal?[] Values(JsonElement series) =>
        [.. series.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : (decimal?)v.GetDecimal())];

    [Fact]
    public async Task The_ranking_is_of_the_latest_year_with_the_most_counties_unless_another_is_chosen()
    {
        var (_, page) = await fixture.GetAsync("/indicators/gdp");
        var (_, of2024) = await fixture.GetAsync("/indicators/gdp?year=2024");

        var ranking = Charts(page, "canvas[data-chart]:not([data-kind='lines'])").Single();
        ranking.GetProperty("title").GetString().Should().Contain("2023", "five counties have 2023's GDP, two have 2024's");
        page.QuerySelector("form.year-picker select[name='year'] option[selected]")!.TextContent.Should().Be("2023");
        var chosen = Charts(of2024, "canvas[data-chart]:not([data-kind='lines'])").Single();
        chosen.GetProperty("title").GetString().Should().Contain("2024");
        Values(chosen.GetProperty("series")[0]).Should().BeEquivalentTo(new decimal?[] { 575.37m, 515.47m });
        of2024.QuerySelector("[data-map]")!.Closest("figure")!.QuerySelector("figcaption")!.TextContent
            .Should().Contain("2024", "the map follows the chosen year");
    }

    [Theory]
    [InlineData("/en/indicators/gdp?year=twenty", HttpStatusCode.BadRequest)]
    [InlineData("/en/indicators/gdp?year=202", HttpStatusCode.BadRequest)]
    [InlineData("/en/indicators/gdp?year=1999", HttpStatusCode.NotFound)]
    public async Task A_malformed_year_is_a_400_naming_the_parameter_and_a_year_without_figures_a_404(string address, HttpStatusCode status)
    {
        var (response, page) = await fixture.GetAsync(address);

        response.StatusCode.Should().Be(status);
        if (status == HttpStatusCode.BadRequest)
        {
            page.Body!.TextContent.Should().Contain("year");
        }
    }

    [Fact]
    public async Task The_city_s_GDP_reads_as_a_line_over_the_years_with_a_gap_where_no_source_gives_a_year()
    {
        var (_, page) = await fixture.GetAsync("/indicators/gdp");

        var lines = Charts(page, "canvas[data-kind='lines']");
        var city = lines.Single(l => l.GetProperty("title").GetString()!.Contains("江门市", StringComparison.Ordinal));
        city.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Should().Equal(Enumerable.Range(2015, 10).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var values = Values(city.GetProperty("series").EnumerateArray().Single());
        values[^1].Should().Be(4210.18m);
        values[7].Should().BeNull("no loaded source gives the city's 2022 GDP: a gap, not a bridged line");
        values.Count(v => v is not null).Should().Be(9);

        var counties = lines.Single(l => !l.GetProperty("title").GetString()!.Contains("江门市", StringComparison.Ordinal));
        counties.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Should().Contain(["台山市", "开平市"]).And.NotContain("江门市");
        var kaiping = counties.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "开平市");
        var years = counties.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        kaiping.GetProperty("bounds")[years.IndexOf("2023")].GetBoolean().Should().BeTrue("开平's 2023 GDP is 超过 500, drawn as a lower bound");
    }

    [Fact]
    public async Task An_indicator_with_one_period_has_no_line()
    {
        var (_, page) = await fixture.GetAsync("/indicators/resident_population");

        page.QuerySelectorAll("canvas[data-kind='lines']").Should().BeEmpty();
        page.QuerySelectorAll("canvas[data-chart]").Should().ContainSingle();
    }
}
