using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Tests.Compare;

/// <summary>The compare page built around what exists: counts, presets, hidden empty rows, and one period rule for table and charts.</summary>
public sealed class CompareChoiceTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static string Count(IDocument page, string indicator) =>
        page.QuerySelector($"form.picker input[name='indicators'][value='{indicator}']")!.ParentElement!.QuerySelector(".count")!.TextContent;

    private static IEnumerable<JsonElement> Charts(IDocument page) =>
        page.QuerySelectorAll("script[type='application/json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement);

    [Fact]
    public async Task Each_indicator_shows_how_many_of_the_chosen_regions_have_it()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=taishan,kaiping,enping");

        Count(page, "resident_population").Should().Be("3/3", "all three have the 2020 census figure");
        Count(page, "gdp").Should().Be("2/3", "台山 and 开平 have 2024's GDP, 恩平 has none");
        Count(page, "cadres_exchanged").Should().Be("0/3", "a city-wide figure");
        page.QuerySelector("form.picker")!.GetAttribute("action").Should().Be("/compare");
        page.QuerySelector("form.picker")!.CompareDocumentPosition(page.QuerySelector("table.compare")!)
            .Should().HaveFlag(DocumentPositions.Following, "the choice comes before the table");
    }

    [Fact]
    public async Task The_shared_preset_is_one_click_that_gives_every_indicator_all_chosen_regions_have_and_only_rows_with_values()
    {
        var (_, counted) = await fixture.GetAsync("/compare?regions=taishan,kaiping,enping");
        var all = counted.QuerySelectorAll("form.picker input[name='indicators']")
            .Where(i => i.ParentElement!.QuerySelector(".count")!.TextContent == "3/3").Select(i => i.GetAttribute("value")).ToList();

        // What the form sends when the preset's button is clicked after ticking the three counties.
        var (redirect, _) = await fixture.GetAsync("/compare?regions=taishan&regions=kaiping&regions=enping&indicators=gdp&rows=indicators&preset=shared");
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect, "a preset resolves to the address of its indicators, which a link reproduces");
        var location = redirect.Headers.Location!.OriginalString;
        var (_, page) = await fixture.GetAsync(location);

        all.Should().NotBeEmpty();
        page.QuerySelectorAll("table.compare tbody tr").Select(tr => tr.QuerySelector("td")!.GetAttribute("data-indicator")).Should().Equal(all);
        page.QuerySelectorAll("table.compare td.missing").Should().BeEmpty("every row has a value for every chosen region");
        location.Should().Contain("regions=taishan,kaiping,enping").And.NotContain("preset");
    }

    [Fact]
    public async Task The_key_figures_preset_chooses_the_one_list_of_key_indicators()
    {
        var (redirect, _) = await fixture.GetAsync("/en/compare?regions=xinhui,heshan&preset=key&empty=show");

        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), redirect.Headers.Location!).Query);
        query["indicators"]!.Split(',').Should().Equal(KeyIndicators.Codes);
        redirect.Headers.Location!.OriginalString.Should().StartWith("/en/compare?");
    }

    [Fact]
    public async Task Rows_no_chosen_region_has_are_hidden_unless_the_reader_asks_for_them()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=enping&indicators=gdp,resident_population");
        var (_, shown) = await fixture.GetAsync("/compare?regions=enping&indicators=gdp,resident_population&empty=show");

        page.QuerySelectorAll("table.compare td").Select(td => td.GetAttribute("data-indicator")).Should().Equal("resident_population");
        page.QuerySelector(".hidden-empty")!.TextContent.Should().Contain("地区生产总值");
        page.QuerySelector(".hidden-empty a")!.GetAttribute("href").Should().Contain("empty=show");
        shown.QuerySelectorAll("table.compare td").Select(td => td.GetAttribute("data-indicator")).Should().Equal("gdp", "resident_population");
        shown.QuerySelector("input[name='empty']")!.HasAttribute("checked").Should().BeTrue();
    }

    [Fact]
    public async Task The_chart_and_the_table_show_the_same_values_of_the_one_year_and_the_chart_title_names_it()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=taishan,kaiping,enping&indicators=gdp&year=2023");

        var cells = page.QuerySelectorAll("table.compare td[data-indicator='gdp']");
        cells.Select(td => td.GetAttribute("data-period")).Should().AllBe("2023");
        cells.Select(td => td.GetAttribute("data-value")).Should().Equal("547.4", "500", null);
        var chart = Charts(page).Single();
        chart.GetProperty("title").GetString().Should().Contain("2023");
        var series = chart.GetProperty("series")[0];
        series.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : (decimal?)v.GetDecimal())
            .Should().Equal(547.4m, 500m, null);
        series.GetProperty("bounds").EnumerateArray().Select(b => b.GetBoolean()).Should().Equal([false, true, false], "开平's 超过 500 is a lower bound");
        page.QuerySelector(".period-rule")!.TextContent.Should().Contain("2023");
    }

    [Fact]
    public async Task Without_a_year_each_indicator_is_shown_for_the_latest_year_any_chosen_region_has_on_table_and_chart_alike()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=xinhui,taishan,heshan&indicators=gdp");

        page.QuerySelector("table.compare tbody th .period")!.TextContent.Should().Be("2024");
        page.QuerySelectorAll("table.compare td[data-value]").Select(td => (td.GetAttribute("data-region"), td.GetAttribute("data-period")))
            .Should().Equal(("taishan", "2024"));
        Charts(page).Single().GetProperty("series")[0].GetProperty("values").EnumerateArray().Count(v => v.ValueKind != JsonValueKind.Null)
            .Should().Be(1, "the chart draws what the table shows: 台山's 2024 figure only");
    }

    [Fact]
    public async Task The_city_is_a_column_of_the_table_never_a_bar_beside_its_counties()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=jiangmen,xinhui,heshan&indicators=gdp&year=2023");

        page.QuerySelector("td[data-region='jiangmen'][data-indicator='gdp']")!.GetAttribute("data-value").Should().Be("4022.25");
        Charts(page).Single().GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Should().Equal("新会区", "鹤山市");
    }

    [Theory]
    [InlineData("/en/compare?regions=xinhui&year=20x3", "20x3")]
    [InlineData("/en/compare?regions=xinhui&year=1990", "1990")]
    [InlineData("/en/compare?regions=xinhui&year=2023&year=2024", "2023,2024")]
    [InlineData("/en/compare?regions=xinhui&empty=yes", "yes")]
    [InlineData("/en/compare?regions=xinhui&preset=all", "all")]
    public async Task A_malformed_or_unknown_year_empty_or_preset_is_a_400_naming_the_parameter(string address, string value)
    {
        var (response, page) = await fixture.GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var parameter = address.Split('&')[1].Split('=')[0];
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain(parameter).And.Contain(value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_counts_follow_a_reseed_at_once(string provider)
    {
        // Which region has which indicator in which period is read once per load of the data and kept with its
        // catalogue: a reseed by another process must still show in the next comparison.
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var address = new Uri("/api/compare?regions=xinhui,taishan&indicators=gdp&year=2023", UriKind.Relative);
        async Task<int> RegionsWithGdpIn2023() =>
            JsonDocument.Parse(await client.GetStringAsync(address)).RootElement.GetProperty("periods")[0].GetProperty("regions").GetInt32();
        var before = await RegionsWithGdpIn2023();

        // 新会's 2023 GDP moved to 2003, as if its source had been misread.
        var seeds = Seeds.Copy();
        Seeds.ReplaceLine(seeds, "observations.tsv", Seeds.LineOf(seeds, "observations.tsv", "\tgdp\t2023\t1011.25\t"),
            l => l.Replace("\tgdp\t2023\t1011.25\t", "\tgdp\t2003\t1011.25\t", StringComparison.Ordinal));
        await using (var db = database.CreateContext())
        {
            (await SeedLoader.LoadAsync(db, SeedReader.Read(seeds))).Changes.Should().BeGreaterThan(0);
        }

        (await RegionsWithGdpIn2023()).Should().Be(before - 1);
    }

    [Fact]
    public async Task The_API_and_the_CSV_follow_the_page_s_period_rule_and_refuse_a_bad_year()
    {
        using var client = fixture.App.CreateClient();
        using var answer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/compare?regions=xinhui,taishan&indicators=gdp", UriKind.Relative)));
        var bad = await client.GetAsync(new Uri("/api/compare?regions=xinhui&year=99", UriKind.Relative));
        var badCsv = await client.GetAsync(new Uri("/compare.csv?regions=xinhui&year=99", UriKind.Relative));

        var root = answer.RootElement;
        root.GetProperty("periods")[0].GetProperty("period").GetString().Should().Be("2024");
        root.GetProperty("periods")[0].GetProperty("regions").GetInt32().Should().Be(1);
        root.GetProperty("year").ValueKind.Should().Be(JsonValueKind.Null);
        var xinhui = root.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("region").GetString() == "xinhui");
        xinhui.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null, "新会 has no 2024 figure; its 2023 one is not set in a 2024 column");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("year");
        badCsv.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
