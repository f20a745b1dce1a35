using System.Buffers.Binary;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// Cite and share in a real browser: a chart saved as an image is a real picture of the chart under the name the
/// server chose, and the copy button, pressed from the keyboard, puts the page's citation on the clipboard.
/// The images are kept in artifacts/chart-images/ to be looked at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CiteTests(BrowserFixture fixture)
{
    // Counts, in a blank page (no site CSP), how many pixels are not white and how many colours the image has.
    private const string PixelStatistics = """
        async (base64) => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + base64;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          const colours = new Set();
          for (let i = 0; i < data.length; i += 4) {
            if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) inked++;
            colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
          }
          return [inked / (data.length / 4), colours.size];
        }
        """;

    [Theory]
    [InlineData("/indicators/gdp", "jiangmen-gdp-2023", "slides")]
    [InlineData("/en/indicators/gdp", "jiangmen-gdp-2023", "print")]
    [InlineData("/", "jiangmen-map-gdp-2023", "slides")]
    [InlineData("/compare?regions=xinhui,pengjiang,heshan&indicators=gdp", "jiangmen-compare-gdp-2023", "slides")]
    [InlineData("/partnerships", "jiangmen-pairings", "slides")]
    public async Task A_chart_downloads_as_a_PNG_of_the_chart_named_for_what_it_shows(string path, string name, string kind)
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // A chart's canvas, or the box of a map drawn on the server.
        var canvas = page.Locator($"[data-file-name='{name}']");
        await page.WaitForFunctionAsync($"() => {{ const d = document.querySelector(\"[data-file-name='{name}']\"); return d.tagName !== 'CANVAS' || (window.Chart && Chart.getChart(d)); }}");
        var figure = page.Locator("figure").Filter(new() { Has = canvas });
        var button = figure.Locator($"button[data-image='{kind}']");
        await Expect(button).ToBeVisibleAsync();
        var shownWidth = await canvas.EvaluateAsync<int>("c => c.getBoundingClientRect().width");

        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var expectedName = name + (kind == "print" ? "-print" : "") + ".png";
        Directory.CreateDirectory(Repository.ChartImages);
        var file = Path.Combine(Repository.ChartImages, expectedName);
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);

        download.SuggestedFilename.Should().Be(expectedName);
        bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        bytes.Length.Should().BeGreaterThan(20_000, "a drawn chart with its caption is no tiny or empty image");
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        width.Should().BeGreaterThan(shownWidth * (kind == "print" ? 4 : 2), "the image is drawn at {0} resolution", kind);

        var blank = await context.NewPageAsync();
        var statistics = await blank.EvaluateAsync<double[]>(PixelStatistics, Convert.ToBase64String(bytes));
        statistics[0].Should().BeGreaterThan(0.02, "bars, labels and caption put ink on the image");
        statistics[1].Should().BeGreaterThan(16, "a chart has colours, not one flat fill");
    }

    [Fact]
    public async Task The_copy_button_works_from_the_keyboard_and_puts_the_citation_on_the_clipboard()
    {
        await using var context = await fixture.NewContextAsync(View.PhoneEnglish);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/regions/xinhui");
        var citation = (await page.Locator("#cite-text").TextContentAsync())!.Trim();

        await page.Locator(".cite button.cite-copy").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".cite [role=status]")).ToHaveTextAsync("The citation is on the clipboard.");

        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        clipboard.Should().Be(citation);
        clipboard.Should().Contain(new Uri(fixture.BaseAddress, "/en/regions/xinhui").ToString());
    }

    /// <summary>A figure's copy button is made when its citation is opened, not written into every row.</summary>
    [Fact]
    public async Task A_figures_citation_gets_its_copy_button_when_opened_and_copies_that_figure()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/regions/xinhui");
        (await page.Locator(".cite-figure button").CountAsync()).Should().Be(0, "no row carries a button before its citation is opened");

        var figure = page.Locator("#xinhui-gdp-2023 .cite-figure");
        await figure.Locator("summary").ClickAsync();
        await figure.Locator("button.cite-copy").ClickAsync();
        await Expect(figure.Locator("[role=status]")).ToHaveTextAsync("引用已复制到剪贴板。");

        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        clipboard.Should().Be((await figure.Locator(".cite-text").TextContentAsync())!.Trim());
        clipboard.Should().Contain("/regions/xinhui#xinhui-gdp-2023");
        (await page.Locator(".cite-figure button").CountAsync()).Should().Be(1);
        (await page.Locator(".cite [role=status]").TextContentAsync()).Should().BeEmpty("the page's own citation was not copied");
    }
}
