using AngleSharp.Html.Parser;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Web.Regions;
using Microsoft.EntityFrameworkCore;

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
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using (var db = database.CreateContext())
        {
            await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
            var gdp = await db.Observations.AsNoTracking().FirstAsync(o => o.IndicatorCode == "gdp" && o.RegionCode == "440705");
            var category = await db.Indicators.AsNoTracking().Where(i => i.Code == "gdp").Select(i => i.CategoryCode).SingleAsync();
            for (var i = 1; i <= Indicators; i++)
            {
                var code = $"test_{i:00}";
                db.Indicators.Add(new Indicator { Code = code, NameZh = $"测试指标{i}", NameEn = $"Test indicator {i}", UnitZh = "个", UnitEn = "units", CategoryCode = category });
                db.Observations.AddRange(Enumerable.Range(2024 - Years + 1, Years).Select(year => new Observation
                {
                    RegionCode = "440705", IndicatorCode = code, Period = $"{year}", Value = year, SourceId = gdp.SourceId, Quote = gdp.Quote,
                }));
            }

            await db.SaveChangesAsync();
        }

        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/regions/xinhui", UriKind.Relative)));

        var lines = page.QuerySelectorAll("canvas[data-line]").Select(c => c.GetAttribute("data-line")!["series-".Length..^"-data".Length]).ToList();
        lines.Should().HaveCount(DetailsModel.MaxSeriesCharts);
        var rows = page.QuerySelectorAll("td[data-indicator^='test_']").GroupBy(td => td.GetAttribute("data-indicator")!).ToDictionary(g => g.Key, g => g.Count());
        rows.Should().HaveCount(Indicators);
        rows.Where(r => lines.Contains(r.Key)).Should().OnlyContain(r => r.Value == Years, "every year of a drawn line is in the table");
        rows.Where(r => !lines.Contains(r.Key)).Should().OnlyContain(r => r.Value == 1, "of the rest, the latest year");
        page.QuerySelector("section[aria-labelledby='figures']")!.TextContent
            .Should().Contain($"较早年份的 {(Indicators - DetailsModel.MaxSeriesCharts) * (Years - 1)} 个数值在 CSV 下载中");
    }
}
