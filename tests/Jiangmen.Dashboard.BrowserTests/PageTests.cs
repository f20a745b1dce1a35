namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// Each page on a 375 px phone, a 1280 px desktop and a 1440 px wide screen, in Chinese and in English: status 200 and the right
/// <c>&lt;html lang&gt;</c>, no console error or failed request, every <c>canvas[data-points]</c> drawn by Chart.js
/// with that many points, no horizontal scroll on the phone, no serious or critical axe-core violation, no text out of its box, no number cut off.
/// Screenshots go to artifacts/screenshots/{page}-{view}.png.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PageTests(BrowserFixture fixture)
{
    [Fact]
    public Task Overview_page_draws_its_charts_and_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("overview", "/", chart: true);

    [Theory]
    [InlineData(1280)]
    [InlineData(1440)]
    public async Task English_overview_on_a_wide_screen_keeps_each_word_of_its_cards_whole(int width)
    {
        var view = new View($"desktop-en-{width}", width, 900, "en");

        var problems = await PageChecks.CheckAsync(fixture, view, "overview", "/", chart: true);

        problems.Should().BeEmpty("the English cards broke \"Gross domestic product\" a letter or two per line at {0} px", width);
    }

    [Fact]
    public Task Region_page_draws_its_charts_and_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("region-xinhui", "/regions/xinhui", chart: true);

    [Fact]
    public Task City_page_draws_its_charts_and_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("region-jiangmen", "/regions/jiangmen", chart: true);

    [Fact]
    public Task Indicator_list_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("indicators", "/indicators", chart: false);

    [Fact]
    public Task Indicator_page_draws_its_charts_and_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("indicator-gdp", "/indicators/gdp", chart: true);

    [Fact]
    public Task Source_list_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("sources", "/sources", chart: false);

    [Fact]
    public Task Source_page_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("source-jmdrc-2024-county-economy", "/sources/jmdrc-2024-county-economy", chart: false);

    [Fact]
    public Task Compare_page_draws_its_charts_and_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("compare", "/compare?regions=xinhui,taishan,kaiping,heshan&indicators=gdp,gdp_growth,resident_population", chart: true);

    [Fact]
    public Task Pairings_page_draws_its_diagram_and_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("partnerships", "/partnerships", chart: true);

    [Fact]
    public Task Pairing_page_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("partnership-pengjiang-jianghai-enping", "/partnerships/pengjiang-jianghai-enping", chart: false);

    [Fact]
    public Task Platform_list_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("platforms", "/platforms", chart: false);

    [Fact]
    public Task Platform_page_passes_the_browser_checks_in_both_languages() =>
        CheckAsync("platform-jiangmen-main-platform", "/platforms/jiangmen-main-platform", chart: false);

    private async Task CheckAsync(string name, string path, bool chart)
    {
        var problems = new List<string>();
        foreach (var view in View.Every)
        {
            var found = await PageChecks.CheckAsync(fixture, view, name, path, chart);
            problems.AddRange(found.Select(problem => $"[{view}] {problem}"));
        }

        problems.Should().BeEmpty("{0} should pass every browser check in every view", path);
    }
}
