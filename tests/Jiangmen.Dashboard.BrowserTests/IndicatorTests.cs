using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The indicator page: the city's GDP as a line over the years, the counties' lines, the ranking of one year.</summary>
[Collection(SharedBrowser.Name)]
public sealed class IndicatorTests(BrowserFixture fixture)
{
    public static TheoryData<string> Views() => ["desktop-zh", "phone-en"];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_city_s_GDP_is_drawn_as_a_line_with_a_gap_and_the_counties_as_one_line_each(string viewName)
    {
        var view = viewName == "desktop-zh" ? View.DesktopChinese : View.PhoneEnglish;
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();
        await page.GotoAsync(view.Address("/indicators/gdp"));
        await page.WaitForFunctionAsync("() => window.Chart && [...document.querySelectorAll('canvas[data-kind=lines]')].every(c => Chart.getChart(c))");

        // What Chart.js drew: the chart type, the points it placed (a null is a gap Chart.js skips) and the lower bounds
        // (triangles).
        var drawn = await page.EvaluateAsync<System.Text.Json.JsonElement>(@"() => [...document.querySelectorAll('canvas[data-kind=lines]')].map(c => {
            const chart = Chart.getChart(c);
            return { id: c.dataset.chart, type: chart.config.type,
                     points: chart.data.datasets.map(d => chart.getDatasetMeta(chart.data.datasets.indexOf(d)).data.filter(p => !p.skip).length),
                     bounds: chart.data.datasets.map(d => d.pointStyle.filter(s => s === 'triangle').length) };
        })");

        var city = drawn.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "lines-gdp-city-data");
        city.GetProperty("type").GetString().Should().Be("line");
        city.GetProperty("points").EnumerateArray().Single().GetInt32().Should().Be(9, "2015–2024 but 2022, which no loaded source gives");
        var counties = drawn.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "lines-gdp-data");
        counties.GetProperty("points").EnumerateArray().Sum(p => p.GetInt32()).Should().Be(11, "台山 4, 开平 2, 鹤山 2, 新会 1, 蓬江 1, 江海 1");
        counties.GetProperty("bounds").EnumerateArray().Sum(b => b.GetInt32()).Should().Be(1, "开平's 2023 超过 500");
        await Assertions.Expect(page.Locator("form.year-picker select[name='year']")).ToHaveValueAsync("2023");
    }
}
