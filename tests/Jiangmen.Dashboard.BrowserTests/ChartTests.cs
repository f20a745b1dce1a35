namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// Charts are drawn when they near the screen, Chart.js itself fetched then (a phone's main thread is not blocked by
/// charts nobody has scrolled to yet), and all of them before printing.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ChartTests(BrowserFixture fixture)
{
    private const string LastCanvasDrawn = "() => { const all = document.querySelectorAll('canvas'); return !!window.Chart && !!Chart.getChart(all[all.length - 1]); }";

    [Fact]
    public async Task A_chart_far_down_the_page_is_drawn_when_scrolled_to_and_every_chart_before_printing()
    {
        await using var context = await fixture.NewContextAsync(View.PhoneEnglish, drawChartsWhenNear: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/regions/jiangmen");

        (await page.EvaluateAsync<int>("() => document.querySelectorAll('canvas').length")).Should().BeGreaterThan(3);
        (await page.EvaluateAsync<bool>(LastCanvasDrawn)).Should().BeFalse("the city's last chart is screens below the first");

        await page.EvaluateAsync("() => { const all = document.querySelectorAll('canvas'); all[all.length - 1].scrollIntoView(); }");
        await page.WaitForFunctionAsync(LastCanvasDrawn);

        await page.GotoAsync("/en/regions/jiangmen");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        // Those already near the screen are drawn a task later; every other one at once, by the print event.
        await page.WaitForFunctionAsync("() => window.Chart && [...document.querySelectorAll('canvas')].every(c => Chart.getChart(c))");
    }
}
