using System.Text.Json;

namespace Jiangmen.Dashboard.Tests.Shared.Charts;

/// <summary>What the server hands the browser for a chart's image: the file name, and the caption drawn into it.</summary>
public sealed class ChartImageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Theory]
    [InlineData("/indicators/gdp", "canvas[data-chart='chart-gdp-2023-data']", "jiangmen-gdp-2023")]
    [InlineData("/regions/xinhui", "canvas[data-chart='chart-gdp-2023-data']", "jiangmen-gdp-2023-xinhui")]
    [InlineData("/regions/jiangmen", "canvas[data-chart='chart-gdp-2024-data']", "jiangmen-gdp-2024")]
    [InlineData("/", "[data-map]", "jiangmen-map-gdp-2023")]
    [InlineData("/compare?regions=xinhui,heshan&indicators=gdp,gdp_growth", "canvas[data-chart='chart-compare-gdp-data']", "jiangmen-compare-gdp-2023")]
    [InlineData("/partnerships", "canvas[data-graph]", "jiangmen-pairings")]
    public async Task The_server_names_each_chart_image_for_what_it_shows(string page, string canvas, string fileName)
    {
        var (_, document) = await fixture.GetAsync(page);

        document.QuerySelector(canvas)!.GetAttribute("data-file-name").Should().Be(fileName);
        document.QuerySelector(canvas)!.Closest("figure")!.QuerySelectorAll(".image-downloads button[data-image]")
            .Select(b => b.GetAttribute("data-image")).Should().Equal("slides", "print");
    }

    [Fact]
    public async Task The_caption_of_a_chart_image_gives_title_unit_period_notes_and_sources()
    {
        var (_, document) = await fixture.GetAsync("/en/indicators/gdp");

        var caption = JsonDocument.Parse(document.QuerySelector("script#chart-gdp-2023-data")!.TextContent).RootElement.GetProperty("caption");
        caption.GetProperty("title").GetString().Should().Be("Gross domestic product (GDP), 2023");
        caption.GetProperty("subtitle").GetString().Should().Be("Unit: 100 million yuan · Period: 2023");
        caption.GetProperty("source").GetString().Should().StartWith("Source: ")
            .And.Contain("Kaiping News (news item of the Kaiping government site)")
            .And.Contain("Heshan statistical analysis: the economy of Heshan in 2023");
        caption.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().ContainSingle(n => n!.Contains("bounds"),
            "开平's GDP is a lower bound, and the image says what its mark means");
    }
}
