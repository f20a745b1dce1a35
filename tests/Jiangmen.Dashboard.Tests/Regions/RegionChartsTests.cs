using AngleSharp.Html.Parser;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Tests.Regions;

/// <summary>
/// A county with more indicators comparable across the counties than a page should draw: the first ones are charts,
/// the others are links to their indicator pages. The extra indicators exist only in this test's throw-away database.
/// </summary>
public sealed class RegionChartsTests
{
    private const int Extra = 15;

    [Fact]
    public async Task A_county_page_charts_a_dozen_comparisons_and_links_the_rest_to_their_indicator_pages()
    {
        await using var database = await TestIndicators.SeededWithAsync(Extra,
            db => db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.District || r.Kind == RegionKind.CountyCity).Select(r => r.Code).ToListAsync(),
            ["2023"]);

        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/regions/xinhui", UriKind.Relative)));

        var charted = page.QuerySelectorAll("section[aria-labelledby='comparisons'] canvas[data-chart]")
            .Select(c => c.GetAttribute("data-chart")!.Split('-')[1]).ToList();
        var linked = page.QuerySelectorAll("ul.more-comparisons a").Select(a => a.GetAttribute("href")!).ToList();
        // The test indicators and 新会's eight real comparisons: GDP, its growth, per-capita GDP and its growth, the three
        // sectors' value added (2023) and the census population (2020).
        const int comparable = Extra + 8;
        charted.Should().HaveCount(DetailsModel.MaxCharts).And.Contain("gdp");
        linked.Should().HaveCount(comparable - DetailsModel.MaxCharts).And.OnlyContain(href => href.StartsWith("/indicators/", StringComparison.Ordinal));
        linked.Select(href => href["/indicators/".Length..]).Should().NotIntersectWith(charted);
        page.QuerySelector("#more-comparisons")!.TextContent.Should().Contain($"{comparable - DetailsModel.MaxCharts}");
        // Every figure is still in the table above the charts, charted or not.
        page.QuerySelectorAll("td[data-indicator^='test_']").Should().HaveCount(Extra);
    }
}
