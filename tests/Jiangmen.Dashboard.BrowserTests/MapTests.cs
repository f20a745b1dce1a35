using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The county map, drawn on the server: a click on a county opens its page, and it is there without Chart.js.</summary>
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

        // A point well inside 新会区 (440705): of a grid over its outline's bounds, the one nearest the middle where the
        // county is what the browser finds under the pointer, there and 6 px around (names drawn over it let clicks through).
        var point = await page.EvaluateAsync<double[]?>(@"() => {
            const county = document.querySelector('.map-drawing a[data-code=""440705""]');
            county.scrollIntoView({ block: 'center' });
            const b = county.getBoundingClientRect();
            const inside = (x, y) => county.contains(document.elementFromPoint(x, y));
            const ring = [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6]];
            let best = null;
            for (let i = 1; i < 40; i++) {
                for (let j = 1; j < 40; j++) {
                    const x = b.x + b.width * i / 40, y = b.y + b.height * j / 40;
                    const d = (x - b.x - b.width / 2) ** 2 + (y - b.y - b.height / 2) ** 2;
                    if ((best === null || d < best.d) && ring.every(([dx, dy]) => inside(x + dx, y + dy))) { best = { x, y, d }; }
                }
            }
            return best && [best.x, best.y];
        }");
        point.Should().NotBeNull("新会区 is drawn on the map where a pointer can reach it");
        await page.Mouse.ClickAsync((float)point![0], (float)point[1]);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/regions/xinhui$"), new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_map_is_drawn_with_the_page_on_a_phone_before_Chart_js_is_fetched()
    {
        await using var context = await fixture.NewContextAsync(View.PhoneEnglish, drawChartsWhenNear: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/indicators/gdp");

        var shown = await page.EvaluateAsync<double[]>(@"() => {
            const drawing = document.querySelector('.map-drawing');
            const names = document.querySelector('.map-labels');
            return [drawing.getBoundingClientRect().height, drawing.querySelectorAll('a[data-code] path').length, getComputedStyle(names).display === 'none' ? 0 : 1];
        }");
        shown[0].Should().BeGreaterThan(200, "the map is drawn with the page");
        shown[1].Should().Be(7);
        shown[2].Should().Be(0, "on a phone the seven names would sit on each other; the table below names every county");
        (await page.EvaluateAsync<bool>("() => typeof window.Chart === 'undefined'")).Should().BeTrue("no chart is near the top of the page yet");
    }
}
