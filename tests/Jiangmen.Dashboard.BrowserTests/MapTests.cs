using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The county map: drawn from the boundaries, and a click on a county opens its page.</summary>
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

        // A point well inside 新会区 (440705), in viewport coordinates, taken once the map has stayed put for half a
        // second after the fonts are ready: of a grid over the county's bounds, the points whose whole ring of
        // neighbours 6 px away is inside it too, and of those the nearest to its centroid (the centroid of an irregular
        // county need not lie well inside it). In two full runs (2026-11-29) a click on the centroid taken right after
        // drawing did not open 新会区's page; the cause was not pinned down, hence the details in the failure below.
        var point = await page.EvaluateAsync<double[]>(@"async () => {
            await document.fonts.ready;
            const canvas = document.querySelector('canvas[data-map]');
            const chart = Chart.getChart(canvas);
            const index = chart.data.datasets[0].data.findIndex(d => d.feature.id === '440705');
            const county = () => chart.getDatasetMeta(0).data[index];
            const where = () => {
                const box = canvas.getBoundingClientRect(), c = county().getCenterPoint();
                return [box.left, box.top, chart.width, chart.height, c.x, c.y].join();
            };
            let last = where();
            for (let still = 0; still < 5; ) {
                await new Promise(r => setTimeout(r, 100));
                const now = where();
                still = now === last ? still + 1 : 0;
                last = now;
            }
            const b = county().getBounds(), c = county().getCenterPoint();
            const ring = [[6, 0], [-6, 0], [0, 6], [0, -6], [4, 4], [4, -4], [-4, 4], [-4, -4]];
            let best = null;
            for (let i = 1; i < 40; i++) {
                for (let j = 1; j < 40; j++) {
                    const x = b.x + b.width * i / 40, y = b.y + b.height * j / 40;
                    const d = (x - c.x) ** 2 + (y - c.y) ** 2;
                    if ((best === null || d < best.d) && county().inRange(x, y) && ring.every(([dx, dy]) => county().inRange(x + dx, y + dy))) {
                        best = { x, y, d };
                    }
                }
            }
            // Chart.js's own hit test at that point, as its click handler will ask it.
            const hit = chart.getElementsAtEventForMode({ native: true, x: best.x, y: best.y }, 'nearest', { intersect: true }, false);
            const box = canvas.getBoundingClientRect();
            return [box.left + best.x, box.top + best.y, hit.length === 1 && hit[0].index === index ? 1 : 0];
        }");
        point[2].Should().Be(1, "the chart's own hit test finds 新会区 at the point about to be clicked");
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        try
        {
            // The state, not an event: the address is polled until it is a county's page, so a navigation that has
            // already happened by the time the wait begins counts too (a wait for the navigation event missed one, once,
            // on a loaded machine). Any county ends the wait, so that a click on the wrong one fails below.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/regions/[a-z]+$"), new() { Timeout = 30_000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new TimeoutException($"No county page opened after a click at ({point[0]:F0}, {point[1]:F0}) on {path}; the page is still {page.Url}.", e);
        }

        new Uri(page.Url).AbsolutePath.Should().Be("/regions/xinhui");
    }
}
