using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// Loads one page in one view and lists every problem found, so that a test reports all of them at once:
/// status and language, console errors and failed requests while loading, charts, horizontal scroll on a phone,
/// serious or critical axe-core violations, text running out of its box and numbers cut off. Saves a full-page screenshot under artifacts/screenshots/.
/// </summary>
public static class PageChecks
{
    private const string UndrawnCharts = """
        () => [...document.querySelectorAll('canvas[data-points]')].map(canvas => {
          const chart = window.Chart && Chart.getChart(canvas);
          const name = canvas.dataset.chart || canvas.id || 'canvas';
          const expected = Number(canvas.dataset.points);
          if (!chart) return `chart ${name}: no Chart.js instance on the canvas`;
          const actual = chart.data.datasets.length ? chart.data.datasets[0].data.length : 0;
          return actual === expected ? null : `chart ${name}: data-points="${expected}" but the first dataset has ${actual} points`;
        }).filter(problem => problem)
        """;

    private const string HorizontalScroll = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return [];
          const clipped = element => {
            for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
              if (getComputedStyle(parent).overflowX !== 'visible') return true;
            }
            return false;
          };
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(e));
          const outermost = wide.filter(e => !wide.includes(e.parentElement)).slice(0, 8).map(name);
          return [`horizontal scroll: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}; too wide: ${outermost.join(', ')}`];
        }
        """;

    private const string SeriousAxeViolations = """
        async () => (await axe.run()).violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => `axe ${v.id} (${v.impact}): ${v.help}; targets: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)
        """;

    /// <summary>A footnote marker is a link a finger must hit: 24 × 24 px at least (WCAG 2.2 target size).</summary>
    private const string SmallFootnoteMarkers = """
        () => [...document.querySelectorAll('.note-ref a')]
          .map(a => [a.textContent, a.getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([n, r]) => `footnote marker ${n} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px, under 24 × 24`)
        """;

    /// <summary>
    /// A word of a card's label or heading broken across lines ("Gr/os/s do/mes/tic" in a narrow column). Latin words
    /// only: Chinese may break between any two characters.
    /// </summary>
    private const string BrokenWords = """
        () => {
          const problems = [];
          for (const element of document.querySelectorAll('.card dt, .card-label, .card h3')) {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of node.textContent.matchAll(/[A-Za-z]{2,}/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) {
                  problems.push(`"${word[0]}" broken across lines in "${element.textContent.trim().slice(0, 50)}"`);
                }
              }
            }
          }
          return problems;
        }
        """;

    /// <summary>
    /// Text that runs out of its box: an element with text of its own whose content is wider than it (scrollWidth over
    /// clientWidth), unless it sits in an element the page marks as scrolling sideways with a visible cue (.table-scroll,
    /// whose edge shows a shadow while there is more to see). Hidden and visually hidden elements do not count.
    /// </summary>
    private const string OverflowingText = """
        () => {
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          const problems = [];
          for (const element of document.body.querySelectorAll('*')) {
            if (element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0) continue;
            if (element.closest('.table-scroll, .visually-hidden, select, canvas, [hidden]') || !element.checkVisibility()) continue;
            const text = [...element.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent.trim()).join(' ').trim();
            if (!text) continue;
            problems.push(`text overflows its box: ${name(element)} "${text.slice(0, 40)}" is ${element.scrollWidth} px wide in ${element.clientWidth} px`);
          }
          return problems.slice(0, 10);
        }
        """;

    /// <summary>
    /// A number cut off so that it looks valid but wrong ("1,011.2" for 1,011.25): the text of every .num must lie within
    /// its cell, within every box that clips it and within the window. In a table the page marks as scrolling with a
    /// visible cue (.table-scroll) a number may lie beyond the scrolled edge, but only whole: never cut by it.
    /// </summary>
    private const string ClippedNumbers = """
        () => {
          const problems = [];
          const width = document.documentElement.clientWidth;
          for (const cell of document.querySelectorAll('.num')) {
            const box = cell.getBoundingClientRect();
            // Not shown (in a closed <details>, say): nothing of it can be cut.
            if (box.width === 0 || !cell.textContent.trim() || cell.closest('.visually-hidden') || !cell.checkVisibility()) continue;
            // The glyphs' own boxes: a block inside the cell (a period, a grade) would widen a range's box to the cell's.
            const glyphs = [];
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent.trim() || node.parentElement.closest('.visually-hidden')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              glyphs.push(...[...range.getClientRects()].filter(r => r.width > 0));
            }
            if (glyphs.length === 0) continue;
            const text = { left: Math.min(...glyphs.map(r => r.left)), right: Math.max(...glyphs.map(r => r.right)) };
            let [left, right] = [box.left, box.right];
            const scroller = cell.closest('.table-scroll');
            if (!scroller) [left, right] = [Math.max(left, 0), Math.min(right, width)];
            let hidden = false;
            for (let parent = cell.parentElement; parent; parent = parent.parentElement) {
              const style = getComputedStyle(parent);
              // A header row kept only for screen readers (clipped to nothing) is not shown, so nothing in it is cut.
              if (style.clip !== 'auto' && style.position === 'absolute') { hidden = true; break; }
              if (style.overflowX === 'visible') continue;
              const clip = parent.getBoundingClientRect();
              if (parent === scroller && (text.right <= clip.left + 1 || text.left >= clip.right - 1)) break;
              [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
            }
            if (!hidden && (text.left < left - 1 || text.right > right + 1)) {
              problems.push(`number "${cell.textContent.trim().slice(0, 30)}" is cut: its text spans ${text.left.toFixed(0)}–${text.right.toFixed(0)} px, visible ${left.toFixed(0)}–${right.toFixed(0)} px`);
            }
          }
          return problems.slice(0, 10);
        }
        """;

    public static async Task<IReadOnlyList<string>> CheckAsync(BrowserFixture fixture, View view, string name, string path, bool chart)
    {
        await using var context = await fixture.NewContextAsync(view);
        // Given to the browser as an init script, which the site's Content-Security-Policy does not govern: a <script>
        // tag added to the page would be inline code, which the policy rightly refuses.
        await context.AddInitScriptAsync(fixture.AxeSource);
        var page = await context.NewPageAsync();
        var loading = WatchLoading(page);
        var problems = new List<string>();

        var response = await page.GotoAsync(view.Address(path));
        if (response?.Status != 200)
        {
            problems.Add($"HTTP {response?.Status} for {view.Address(path)}");
        }

        var lang = await page.GetAttributeAsync("html", "lang");
        if (lang != view.Lang)
        {
            problems.Add($"<html lang=\"{lang}\">, expected \"{view.Lang}\"");
        }

        problems.AddRange(await ChartProblemsAsync(page, chart));
        problems.AddRange(loading);
        await RenderEverySectionAsync(page);
        if (view.IsPhone)
        {
            problems.AddRange(await page.EvaluateAsync<string[]>(HorizontalScroll));
        }

        problems.AddRange(await page.EvaluateAsync<string[]>(SeriousAxeViolations));
        problems.AddRange(await page.EvaluateAsync<string[]>(SmallFootnoteMarkers));
        problems.AddRange(await page.EvaluateAsync<string[]>(BrokenWords));
        problems.AddRange(await page.EvaluateAsync<string[]>(OverflowingText));
        problems.AddRange(await page.EvaluateAsync<string[]>(ClippedNumbers));

        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Root, "artifacts", "screenshots", $"{name}-{view}.png"), FullPage = true });
        return problems;
    }

    /// <summary>
    /// Lays out the sections a reader has not scrolled to yet (site.css skips them, content-visibility: auto), as
    /// scrolling through the page would, so that the checks see every section and a full-page screenshot shows them.
    /// </summary>
    public static Task RenderEverySectionAsync(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll('main > section').forEach(s => { s.style.contentVisibility = 'visible'; })");

    /// <summary>Console and script errors, failed requests and responses of 400 or more, from now on.</summary>
    public static ConcurrentQueue<string> WatchLoading(IPage page)
    {
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"HTTP {response.Status} for {response.Url}");
            }
        };
        return problems;
    }

    private static async Task<IReadOnlyList<string>> ChartProblemsAsync(IPage page, bool chart)
    {
        var canvases = await page.Locator("canvas[data-points]").CountAsync();
        if (canvases == 0)
        {
            return chart ? ["no <canvas data-points> on a page that must show a chart"] : [];
        }

        try
        {
            await page.WaitForFunctionAsync(
                "() => window.Chart && [...document.querySelectorAll('canvas[data-points]')].every(c => Chart.getChart(c))",
                null,
                new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            if (!await page.EvaluateAsync<bool>("() => typeof window.Chart === 'function'"))
            {
                return [$"Chart.js is not loaded (window.Chart is undefined) on a page with {canvases} chart canvas(es)"];
            }
        }

        return await page.EvaluateAsync<string[]>(UndrawnCharts);
    }
}
