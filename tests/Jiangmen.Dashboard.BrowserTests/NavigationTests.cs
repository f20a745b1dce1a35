using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The language switch, addresses by region code and the not-found page, in a real browser.</summary>
[Collection(SharedBrowser.Name)]
public sealed class NavigationTests(BrowserFixture fixture)
{
    private const string LinksToXinhui = "() => [...document.querySelectorAll('a[href]')].some(a => new URL(a.href).pathname.endsWith('/regions/xinhui'))";

    [Fact]
    public async Task Language_switch_turns_the_page_to_English_and_back_and_the_choice_is_remembered()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        var html = page.Locator("html");

        await page.GotoAsync("/regions/xinhui");
        await Expect(html).ToHaveAttributeAsync("lang", "zh-CN");

        await page.ClickAsync("#language-switch");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/en/regions/xinhui$"));

        // The home page opens in the language last chosen; the links of an English page stay in English.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/en$"));
        await page.ClickAsync("header nav a[href$='/indicators']");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/en/indicators$"));
        await Expect(html).ToHaveAttributeAsync("lang", "en");

        await page.ClickAsync("#language-switch");
        await Expect(html).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[^n]/indicators$"));
    }

    [Fact]
    public async Task Region_code_address_redirects_to_the_region_page()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/regions/440705");

        new Uri(page.Url).AbsolutePath.Should().Be("/regions/xinhui");
        response!.Status.Should().Be(200);
    }

    [Fact]
    public async Task Unknown_region_answers_404_with_links_to_the_regions_that_exist_in_both_languages()
    {
        foreach (var view in View.Both)
        {
            await using var context = await fixture.NewContextAsync(view);
            var page = await context.NewPageAsync();

            var response = await page.GotoAsync(view.Address("/regions/nowhere"));

            response!.Status.Should().Be(404, "in view {0}", view);
            (await page.GetAttributeAsync("html", "lang")).Should().Be(view.Lang, "in view {0}", view);
            (await page.EvaluateAsync<bool>(LinksToXinhui)).Should().BeTrue("the {0} not-found page should link to /regions/xinhui", view);
        }
    }
}
