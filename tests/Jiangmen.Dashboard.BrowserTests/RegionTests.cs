using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// A region page in both languages, on a phone and a desktop: each line over the years is drawn with one point per
/// year a source gives, the key figures band's links reach rows of the page, and no text leaves its tile.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RegionTests(BrowserFixture fixture)
{
    /// <summary>
    /// The years with a GDP: the city 2015–2021, 2023 and 2024 (no loaded source gives 2022); 台山 2021–2024; 新会 one
    /// year, so no line.
    /// </summary>
    private static readonly Dictionary<string, string> GdpYears = new() { ["jiangmen"] = "9", ["taishan"] = "4" };

    public static TheoryData<string> Views => ["phone-zh", "desktop-zh", "phone-en", "desktop-en"];

    private static View ViewNamed(string name) => name switch
    {
        "phone-zh" => new(name, 375, 812, "zh-CN"),
        "desktop-zh" => View.DesktopChinese,
        "phone-en" => View.PhoneEnglish,
        _ => new(name, 1280, 900, "en"),
    };

    /// <summary>Each line's drawn points, as Chart.js placed them (a gap is skipped), against the years with a value.</summary>
    private const string LinePoints = """
        () => [...document.querySelectorAll('.series-chart canvas')].map(canvas => {
          const chart = Chart.getChart(canvas);
          const drawn = chart ? chart.getDatasetMeta(0).data.filter(p => !p.skip && Number.isFinite(p.y)).length : -1;
          return [canvas.dataset.chart, String(drawn), canvas.dataset.values];
        })
        """;

    /// <summary>Every text of the band (as laid out, by ranges) and every element in it, past the edge of its tile.</summary>
    private const string Overflowing = """
        () => {
          const problems = [];
          for (const tile of document.querySelectorAll('.key-figure, .key-figures .summary')) {
            const box = tile.getBoundingClientRect();
            const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) {
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`"${node.textContent.trim()}" leaves its box`);
              }
            }
            if (tile.scrollWidth > tile.clientWidth + 1) problems.push(`${tile.className} scrolls: ${tile.scrollWidth} > ${tile.clientWidth}`);
          }
          return problems;
        }
        """;

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_lines_are_drawn_and_the_band_links_to_rows_without_overflowing(string viewName)
    {
        var view = ViewNamed(viewName);
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();
        var loading = PageChecks.WatchLoading(page);

        foreach (var slug in new[] { "jiangmen", "taishan", "xinhui" })
        {
            await page.GotoAsync(view.Address($"/regions/{slug}"));
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.series-chart canvas')].every(c => c.dataset.drawn)");

            var lines = await page.EvaluateAsync<string[][]>(LinePoints);
            lines.Where(l => l[1] != l[2]).Should().BeEmpty($"each line on {slug} has a point for each year a source gives");
            if (GdpYears.TryGetValue(slug, out var years))
            {
                lines.Single(l => l[0] == "series-gdp-data")[1].Should().Be(years, $"{slug}'s GDP line has a point for each year a source gives");
            }

            var targets = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.key-figures a')].map(a => { const t = document.getElementById(a.hash.slice(1)); return t ? t.tagName : 'missing ' + a.hash; })");
            targets.Should().NotBeEmpty().And.OnlyContain(t => t == "TR", $"every link of {slug}'s band goes to a row of its table");

            (await page.EvaluateAsync<string[]>(Overflowing)).Should().BeEmpty($"no text leaves its box in {slug}'s band");

            // Following the first figure's link brings its row into view.
            var first = page.Locator(".key-figure .key-value").First;
            var anchor = (await first.GetAttributeAsync("href"))!;
            await first.ClickAsync();
            await Assertions.Expect(page.Locator(anchor)).ToBeInViewportAsync();
            await PageChecks.RenderEverySectionAsync(page);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Root, "artifacts", "screenshots", $"region-{slug}-{view}.png"), FullPage = true });
        }

        loading.Should().BeEmpty();
    }
}
