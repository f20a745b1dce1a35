using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// The site's Content-Security-Policy (only our own files; no inline script or style) as Chromium enforces it:
/// no page breaks it while drawing its charts, map and diagram, and it does stop inline code.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    // Recorded before any of the page's own scripts run.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    private static readonly string[] Pages =
    [
        "/", "/regions/xinhui", "/regions/jiangmen", "/indicators", "/indicators/gdp", "/indicators/resident_population",
        "/compare?regions=xinhui,taishan&indicators=gdp,gdp_growth", "/partnerships", "/partnerships/pengjiang-jianghai-enping",
        "/platforms", "/platforms/jiangmen-main-platform", "/sources", "/sources/jmdrc-2024-county-economy", "/nowhere",
    ];

    [Fact]
    public async Task No_page_violates_the_policy_while_drawing_its_charts()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            response!.Headers.Should().ContainKey("content-security-policy");
            // Charts are drawn once Chart.js has a chart on every canvas; the map's canvas counts its counties when drawn.
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('canvas')].every(c => window.Chart && Chart.getChart(c))");
            problems.AddRange((await page.EvaluateAsync<string[]>("() => window.__violations")).Select(v => $"{path}: {v}"));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_policy_stops_inline_script_and_style_that_found_their_way_into_a_page()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sources");

        await page.EvaluateAsync("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.__injected = true;';
              document.body.appendChild(script);
              const style = document.createElement('style');
              style.textContent = 'body { display: none; }';
              document.head.appendChild(style);
            }
            """);
        // Both refusals are reported as events; once they are in, neither piece can have taken effect.
        await page.WaitForFunctionAsync("() => window.__violations.length >= 2");
        var ran = await page.EvaluateAsync<bool>("() => window.__injected === true || getComputedStyle(document.body).display === 'none'");

        ran.Should().BeFalse();
        (await page.EvaluateAsync<string[]>("() => window.__violations")).Should().Contain(v => v.StartsWith("script-src", StringComparison.Ordinal))
            .And.Contain(v => v.StartsWith("style-src", StringComparison.Ordinal));
    }
}
