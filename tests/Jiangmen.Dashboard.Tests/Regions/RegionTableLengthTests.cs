using System.Globalization;
using AngleSharp.Html.Parser;
using CsvHelper;
using Jiangmen.Dashboard.Web.Regions;

namespace Jiangmen.Dashboard.Tests.Regions;

/// <summary>
/// A county with more figures than a page should list (as the synthetic benchmark county: many indicators over many
/// years): the table keeps the latest year of each indicator and the year before of what the page draws and names,
/// each line has every year in its own table, and the page says where the earlier years are. The extra indicators
/// exist only in this test's throw-away database.
/// </summary>
public sealed class RegionTableLengthTests
{
    private const int Indicators = 30;
    private const int Years = 15;

    [Fact]
    public async Task A_very_long_table_keeps_the_latest_years_and_each_line_has_every_year_in_its_own_table()
    {
        await using var database = await TestIndicators.SeededWithAsync(Indicators,
            _ => Task.FromResult(new List<string> { "440705" }),
            [.. Enumerable.Range(2024 - Years + 1, Years).Select(y => $"{y}")]);

        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/regions/xinhui", UriKind.Relative)));

        var lines = page.QuerySelectorAll(".series-chart canvas[data-chart]").Select(c => c.GetAttribute("data-chart")!["series-".Length..^"-data".Length]).ToList();
        lines.Should().HaveCount(RegionLayout.MaxSeriesCharts);
        var table = page.QuerySelectorAll("table.figures td[data-indicator]").Select(td => (Code: td.GetAttribute("data-indicator")!, Period: td.ParentElement!.QuerySelector("td[data-label='时期']")!.TextContent)).ToList();
        var rows = table.Where(r => r.Code.StartsWith("test_", StringComparison.Ordinal)).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Period).ToList());
        rows.Should().HaveCount(Indicators);
        rows.Where(r => lines.Contains(r.Key)).Should().OnlyContain(r => string.Join(",", r.Value) == "2023,2024", "a line's latest year and the one before, which its words link to");
        rows.Where(r => !lines.Contains(r.Key)).Should().OnlyContain(r => string.Join(",", r.Value) == "2024", "of the rest, the latest year");
        foreach (var line in lines.Where(l => l.StartsWith("test_", StringComparison.Ordinal)))
        {
            page.QuerySelector($"canvas[data-chart='series-{line}-data']")!.Closest("figure")!.QuerySelectorAll("details.chart-data table.chart-table tbody tr")
                .Should().HaveCount(Years, "every year of {0} is in its line's own table", line);
        }

        // Every figure the table leaves out is counted in the note: all the county's figures (the CSV's) but those shown.
        using var csv = new CsvReader(new StringReader(await client.GetStringAsync(new Uri("/regions/xinhui.csv", UriKind.Relative))), CultureInfo.InvariantCulture);
        var figures = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().Select(r => ((string)r["indicator_code"], (string)r["period"])).Distinct().Count();
        page.QuerySelector("section[aria-labelledby='figures']")!.TextContent
            .Should().Contain($"较早年份的 {figures - table.Distinct().Count()} 个数值在 CSV 下载中");
    }
}
