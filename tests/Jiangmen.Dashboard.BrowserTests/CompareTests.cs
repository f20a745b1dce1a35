using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>The analyst's path: pick regions and indicators in the form, then download the table.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CompareTests(BrowserFixture fixture)
{
    /// <summary>Both languages at a phone's and a desktop's width.</summary>
    public static TheoryData<string> Views() => ["desktop-zh", "phone-en", "desktop-en", "phone-zh"];

    private static View ViewNamed(string name) => name switch
    {
        "desktop-zh" => View.DesktopChinese,
        "phone-en" => View.PhoneEnglish,
        "desktop-en" => new View(name, 1280, 900, "en"),
        _ => new View(name, 375, 812, "zh-CN"),
    };

    // Every cell of the table against the chart's own data (Chart.js's datasets, not the page's JSON): the same value
    // for the same region and indicator, and the chart series' year the cell's period. Returns what disagrees.
    private const string Disagreements = @"() => {
        const problems = [];
        const regions = [...document.querySelectorAll('table.compare thead th a')].map(a => a.textContent.trim());
        const charts = [...document.querySelectorAll('canvas[data-chart]')].map(c => Chart.getChart(c)).filter(Boolean);
        if (charts.length === 0) { problems.push('no chart drawn'); }
        for (const row of document.querySelectorAll('table.compare tbody tr')) {
            const name = row.querySelector('th').firstChild.textContent.trim();
            const period = row.querySelector('th .period').textContent.trim();
            const found = charts.flatMap(ch => ch.data.datasets.map(d => ({ ch, d })))
                .filter(x => x.d.label.startsWith(name) && /^[ （(]/.test(x.d.label.slice(name.length)));
            if (found.length !== 1) { problems.push(name + ': ' + found.length + ' series'); continue; }
            const { ch, d } = found[0];
            if (!d.label.includes(period)) { problems.push(name + ': chart says ' + d.label + ', table ' + period); }
            row.querySelectorAll('td').forEach((td, i) => {
                const at = ch.data.labels.findIndex(l => [].concat(l).join(' ').startsWith(regions[i])); // a phone's label may be two lines
                const drawn = at < 0 ? null : d.data[at];
                const shown = td.dataset.value === undefined ? null : Number(td.dataset.value);
                if (td.dataset.value !== undefined && td.dataset.period !== period) { problems.push(name + '/' + regions[i] + ': period ' + td.dataset.period); }
                if ((drawn ?? null) !== shown) { problems.push(name + '/' + regions[i] + ': chart ' + drawn + ', table ' + shown); }
            });
        }
        return problems;
    }";

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_chart_and_the_table_agree_on_every_value_and_period(string viewName)
    {
        var view = ViewNamed(viewName);
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();

        foreach (var query in new[] { "", "&year=2023", "&year=2020" })
        {
            await page.GotoAsync(view.Address("/compare?regions=xinhui,taishan,kaiping,heshan,enping&indicators=gdp,gdp_growth,resident_population,gdp_per_capita" + query));
            await Assertions.Expect(page.Locator("canvas[data-chart]").First).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => window.Chart && Chart.getChart(c))");

            (await page.EvaluateAsync<string[]>(Disagreements)).Should().BeEmpty(query);
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task A_lower_bound_is_drawn_as_an_open_ended_bar_with_its_words(string viewName)
    {
        var view = ViewNamed(viewName);
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();
        await page.GotoAsync(view.Address("/compare?regions=taishan,kaiping,enping&indicators=gdp&year=2023"));
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart]'))");

        var drawn = await page.EvaluateAsync<System.Text.Json.JsonElement>(@"() => {
            const chart = Chart.getChart(document.querySelector('canvas[data-chart]'));
            const d = chart.data.datasets[0];
            return { openEnded: d.openEnded, plugins: chart.config.plugins.map(p => p.id), labels: chart.data.labels,
                     noValue: chart.canvas.dataset.noValue };
        }");

        drawn.GetProperty("openEnded").EnumerateArray().Select(b => b.GetBoolean()).Should().Equal([false, true, false], "开平's 2023 GDP is 超过 500");
        drawn.GetProperty("plugins").EnumerateArray().Select(p => p.GetString()).Should().Contain("openEnds");
        drawn.GetProperty("noValue").GetString().Should().Be("1", "恩平 has no 2023 GDP, and its row says so rather than standing empty");
        await Assertions.Expect(page.Locator("figure.chart .lower-bound-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("figure.chart table")).ToContainTextAsync(view.Lang == "en" ? "more than 500" : "超过 500");
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_indicator_three_counties_share_is_one_click_after_choosing_them(string viewName)
    {
        var view = ViewNamed(viewName);
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();
        await page.GotoAsync(view.Address("/compare"));

        foreach (var box in await page.Locator("form.picker input[name='regions']").AllAsync())
        {
            await box.UncheckAsync();
        }

        foreach (var county in new[] { "taishan", "kaiping", "enping" })
        {
            await page.CheckAsync($"form.picker input[name='regions'][value='{county}']");
        }

        await page.ClickAsync("form.picker button[name='preset'][value='shared']");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/compare\?regions=taishan,kaiping,enping&indicators="));

        var cells = page.Locator("table.compare tbody td");
        (await cells.CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator("table.compare td.missing").CountAsync()).Should().Be(0, "only rows all three have a value in");
        (await page.Locator("table.compare thead th a").AllTextContentsAsync()).Should().HaveCount(3);
    }

    [Fact]
    public async Task The_picker_builds_the_address_of_the_chosen_view()
    {
        await using var context = await fixture.NewContextAsync(View.DesktopChinese);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compare?regions=xinhui&indicators=gdp");

        await page.CheckAsync("form.picker input[name='regions'][value='heshan']");
        await page.UncheckAsync("form.picker input[name='regions'][value='xinhui']");
        // The indicators are folded under their summary, so the regions and presets come first.
        await page.ClickAsync("form.picker details.pick-indicators summary");
        await page.CheckAsync("form.picker input[name='indicators'][value='resident_population']");
        await page.CheckAsync("form.picker input[name='rows'][value='regions']");
        // The form's own button, not a preset's.
        await page.ClickAsync("form.picker button[type='submit']:not([name])");
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
