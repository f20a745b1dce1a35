using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// A region page printed is a brief: with print media emulated, the navigation, the page's controls, the downloads and
/// the footer are gone, while the figures, their table, the sources and the citation stay. The A4 PDF is kept in
/// artifacts/print/ to be looked at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PrintTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/regions/xinhui")]
    [InlineData("/en/regions/jiangmen")]
    public async Task A_printed_region_page_keeps_its_figures_and_citation_and_drops_navigation_and_controls(string path)
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.Locator("header nav")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var gone in new[] { "header nav", "footer.site-footer", "form.grade-switch", ".downloads" })
        {
            await Expect(page.Locator(gone).First).ToBeHiddenAsync();
        }

        await Expect(page.Locator("table.figures").First).ToBeVisibleAsync();
        await Expect(page.Locator(".cite #cite-text")).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        (await page.Locator("a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"))
            .Should().Be("none", "no address is printed after a link");

        Directory.CreateDirectory(Path.Combine(Repository.Root, "artifacts", "print"));
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(Repository.Root, "artifacts", "print", path.Trim('/').Replace('/', '-') + ".pdf"), Format = "A4" });
        pdf.Take(5).Should().Equal("%PDF-"u8.ToArray());
    }
}
