using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The analyst's path: pick regions and indicators in the form, then download the table.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CompareTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_picker_builds_the_address_of_the_chosen_view()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compare?regions=xinhui&indicators=gdp");

        await page.CheckAsync("form.picker input[name='regions'][value='heshan']");
        await page.UncheckAsync("form.picker input[name='regions'][value='xinhui']");
        await page.CheckAsync("form.picker input[name='indicators'][value='resident_population']");
        await page.CheckAsync("form.picker input[name='rows'][value='regions']");
        await page.ClickAsync("form.picker button[type='submit']");
        // The state, not a load event: the address names the new choice (the old address already matched "compare?").
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/compare\?.*regions=heshan"));

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        query.GetValues("regions").Should().Equal("heshan");
        query.GetValues("indicators").Should().Equal("gdp", "resident_population");
        query["rows"].Should().Be("regions");
        await Assertions.Expect(page.Locator("table.compare tbody th")).ToHaveTextAsync(["鹤山市"]);
    }

    [Fact]
    public async Task The_download_link_saves_a_CSV_with_the_right_name()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compare?regions=xinhui,heshan&indicators=gdp");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a.csv-link"));
        var path = Path.Combine(Path.GetTempPath(), $"jiangmen-download-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);

        download.SuggestedFilename.Should().Be($"jiangmen-compare-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        System.Text.Encoding.UTF8.GetString(bytes).Should().Contain("1011.25").And.Contain("502.87");
    }
}
