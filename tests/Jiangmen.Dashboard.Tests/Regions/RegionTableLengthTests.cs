using AngleSharp.Html.Parser;
using Jiangmen.Dashboard.Web.Regions;

namespace Jiangmen.Dashboard.Tests.Regions;

/// <summary>
/// A county with more figures than a page should list (as the synthetic benchmark county: many indicators over many
/// years): the table keeps every year of what the page draws and names, the latest year of the rest, and says where
/// the earlier years are. The extra indicators exist only in this test's throw-away database.
/// </summary>
public sealed class RegionTableLengthTests
{
    private const int Indicators = 30;
    private const int Years = 15;

    [Fact]
    public async Task A_very_long_table_keeps_the_years_of_the_drawn_lines_and_the_latest_of_the_rest()
    {
        await using var database = await TestIndicators.SeededWithAsync(Indicators,
            _ => Task.FromResult(new List<string> { "440705" }),
            [.. Enumerable.Range(2024 - Years + 1, Years).Select(y => $"{y}")]);

        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/regions/xinhui", UriKind.Relative)));

        var lines = page.QuerySelectorAll(".series-chart canvas[data-chart]").Select(c => c.GetAttribute("data-chart")!["series-".Length..^"-data".Length]).ToList();
        lines.Should().HaveCount(RegionLayout.MaxSeriesCharts);
        var rows = page.QuerySelectorAll("td[data-indicator^='test_']").GroupBy(td => td.GetAttribute("data-indicator")!).ToDictionary(g => g.Key, g => g.Count());
        rows.Should().HaveCount(Indicators);
        rows.Where(r => lines.Contains(r.Key)).Should().OnlyContain(r => r.Value == Years, "every year of a drawn line is in the table");
        rows.Where(r => !lines.Contains(r.Key)).Should().OnlyContain(r => r.Value == 1, "of the rest, the latest year");
        page.QuerySelector("section[aria-labelledby='figures']")!.TextContent
            .Should().Contain($"较早年份的 {(Indicators - RegionLayout.MaxSeriesCharts) * (Years - 1)} 个数值在 CSV 下载中");
    }
}
