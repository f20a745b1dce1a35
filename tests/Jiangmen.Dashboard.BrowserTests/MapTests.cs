using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The county map: drawn from the decoded boundaries, and a click on a county opens its page.</summary>
[Collection(SharedBrowser.Name)]
public sealed class MapTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/indicators/resident_population")]
    public async Task Clicking_a_county_on_the_map_opens_its_page(string path)
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => { const c = document.querySelector('canvas[data-map]'); return c && c.dataset.drawn === '7'; }");
        await page.Locator("canvas[data-map]").ScrollIntoViewIfNeededAsync();

        // A point well inside 新会区 (440705), in viewport coordinates: of a grid over the county's bounds, the points
        // whose whole ring of neighbours 6 px away is inside it too, and of those the nearest to its centroid. A click
        // on the centroid itself twice opened a page without the map in full runs (2026-11-29), that is another
        // county's: the centroid of an irregular county need not lie well inside it.
        var point = await page.EvaluateAsync<double[]>(@"() => {
            const canvas = document.querySelector('canvas[data-map]');
            const chart = Chart.getChart(canvas);
            const index = chart.data.datasets[0].data.findIndex(d => d.feature.id === '440705');
            const county = chart.getDatasetMeta(0).data[index];
            const b = county.getBounds();
            const c = county.getCenterPoint();
            const ring = [[6, 0], [-6, 0], [0, 6], [0, -6], [4, 4], [4, -4], [-4, 4], [-4, -4]];
            let best = null;
            for (let i = 1; i < 40; i++) {
                for (let j = 1; j < 40; j++) {
                    const x = b.x + b.width * i / 40, y = b.y + b.height * j / 40;
                    const inside = county.inRange(x, y) && ring.every(([dx, dy]) => county.inRange(x + dx, y + dy));
                    const d = (x - c.x) ** 2 + (y - c.y) ** 2;
                    if (inside && (best === null || d < best.d)) { best = { x, y, d }; }
                }
            }
            const box = canvas.getBoundingClientRect();
            return [box.left + best.x, box.top + best.y];
        }");
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        // Any county's page ends the wait, so that a click on the wrong one fails on the address below, not on a timeout.
        await page.WaitForURLAsync(new Regex("/regions/"), new() { WaitUntil = WaitUntilState.Commit });

        new Uri(page.Url).AbsolutePath.Should().Be("/regions/xinhui");
    }
}
