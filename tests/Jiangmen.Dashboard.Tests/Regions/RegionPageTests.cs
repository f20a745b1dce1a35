using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Jiangmen.Dashboard.Tests.Regions;

/// <summary>
/// A region page on the real seeds: its key figures band and sentence (numbers linked to their rows, a change only as
/// the sources give it, a rank only where all seven counties have the figure), its lines over the years, and its table
/// of every period with the revision history.
/// </summary>
public sealed partial class RegionPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private async Task<IDocument> PageAsync(string address)
    {
        var (response, document) = await fixture.GetAsync(address);
        response.StatusCode.Should().Be(HttpStatusCode.OK, address);
        return document;
    }

    [Fact]
    public async Task The_band_states_a_rank_only_for_a_figure_all_seven_counties_have_for_that_period()
    {
        var xinhui = await PageAsync("/regions/xinhui");

        // All seven counties have the 2020 census population (新会 909,277 is the largest); only four have a GDP for
        // 2023 and two a GDP growth, so those have no rank.
        var tiles = xinhui.QuerySelectorAll(".key-figure");
        tiles.Select(t => t.QuerySelector(".key-value")!.GetAttribute("href")).Should().Equal(
            "#xinhui-gdp-2023", "#xinhui-gdp-growth-2023", "#xinhui-gdp-per-capita-2023", "#xinhui-resident-population-2020");
        tiles.Select(t => t.QuerySelector(".key-rank")?.TextContent).Should().Equal(null, null, null, "七个县（市、区）中第 1 位");
        xinhui.QuerySelector(".summary")!.TextContent.Should().EndWith("在七个县（市、区）中居第 1 位。");

        // The city is not one of the seven.
        var city = await PageAsync("/regions/jiangmen");
        city.QuerySelectorAll(".key-rank").Should().BeEmpty();
        city.QuerySelector(".summary")!.TextContent.Should().NotContain("七个县");
    }

    [Fact]
    public async Task A_change_is_the_sources_own_growth_figure_or_the_earlier_value_as_written()
    {
        var taishan = await PageAsync("/regions/taishan");
        var gdp = taishan.QuerySelectorAll(".key-figure")[0];
        gdp.QuerySelector(".key-value")!.TextContent.Should().Be("575.37");
        // 台山's 2024 GDP growth is a figure of its own (3.7), not (575.37 - 547.4) / 547.4.
        gdp.QuerySelector(".key-change")!.TextContent.Should().Be("增长 3.7%（来源所给）");
        gdp.QuerySelector(".key-change a")!.GetAttribute("href").Should().Be("#taishan-gdp-growth-2024");
        // No growth figure for per-capita GDP in 2024: the 2022 value as written, not a difference.
        var perCapita = taishan.QuerySelectorAll(".key-figure")[2];
        perCapita.QuerySelector(".key-change")!.TextContent.Should().Be("2022年为 57,300 元");

        var english = await PageAsync("/en/regions/taishan");
        english.QuerySelectorAll(".key-change")[0].TextContent.Should().Be("growth 3.7% (as the source gives it)");
        english.QuerySelector(".summary")!.TextContent.Should().StartWith("Taishan City: Gross domestic product (GDP) 575.37 100 million yuan in 2024, growth 3.7%");
    }

    [Theory]
    [InlineData("/regions/xinhui")]
    [InlineData("/regions/jiangmen")]
    [InlineData("/regions/taishan")]
    [InlineData("/en/regions/taishan")]
    [InlineData("/regions/pengjiang")]
    public async Task Every_number_of_the_band_and_the_sentence_links_to_its_row_and_is_a_value_the_row_shows(string address)
    {
        var page = await PageAsync(address);
        var links = page.QuerySelectorAll(".key-figures a").ToList();
        links.Should().NotBeEmpty();
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            href.Should().StartWith("#");
            var row = page.GetElementById(href[1..]);
            row.Should().NotBeNull($"{href} is an anchor on {address}");
            row!.LocalName.Should().Be("tr");
            // A figure's link shows its row's value ("1,011.25 亿元" for the row's 1,011.25), or the rank it has among them.
            var value = row.QuerySelector("td.num")!.TextContent;
            (link.TextContent.StartsWith(value, StringComparison.Ordinal) || Rank().IsMatch(link.TextContent))
                .Should().BeTrue($"\"{link.TextContent}\" on {address} is the value of {href}, {value}");
        }

        // No other number in the words around them (a change, a rank, the sentence): only periods.
        var linked = string.Join(" ", links.Select(l => l.TextContent));
        var band = page.QuerySelector(".key-figures")!;
        var unlinked = band.QuerySelectorAll(".key-change, .key-rank, .summary").SelectMany(e => e.ChildNodes)
            .Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent);
        foreach (var text in unlinked)
        {
            Number().Matches(text).Select(m => m.Value).Where(n => !Period().IsMatch(n)).Should().BeEmpty($"\"{text}\" on {address} states no computed number");
        }

        linked.Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_table_shows_every_period_of_each_indicator_in_order()
    {
        var city = await PageAsync("/regions/jiangmen");
        GdpPeriods(city).Should().Equal("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2023", "2024");
        city.QuerySelector("#jiangmen-gdp-2015").Should().NotBeNull();

        var taishan = await PageAsync("/regions/taishan");
        GdpPeriods(taishan).Should().Equal("2021", "2022", "2023", "2024");
    }

    [Fact]
    public async Task The_city_page_shows_the_history_of_its_revised_2018_gdp()
    {
        var city = await PageAsync("/regions/jiangmen");

        var history = city.GetElementById("history-jiangmen-gdp-2018");
        history.Should().NotBeNull();
        history!.QuerySelectorAll("li").Should().HaveCountGreaterThan(1);
        city.QuerySelectorAll("a[href='#history-jiangmen-gdp-2018']").Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_indicator_with_several_years_has_a_line_with_a_gap_where_no_source_gives_a_year()
    {
        var city = await PageAsync("/regions/jiangmen");

        var canvas = city.QuerySelector(".series-chart canvas[data-chart='series-gdp-data'][data-kind='lines']")!;
        canvas.GetAttribute("data-values").Should().Be("9");
        canvas.GetAttribute("data-file-name").Should().Be("jiangmen-gdp-2015-2024", "the line downloads as an image, like every chart");
        using var spec = JsonDocument.Parse(city.GetElementById("series-gdp-data")!.TextContent);
        spec.RootElement.GetProperty("labels").EnumerateArray().Select(p => p.GetString())
            .Should().Equal(Enumerable.Range(2015, 10).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var line = spec.RootElement.GetProperty("series").EnumerateArray().Should().ContainSingle().Subject;
        line.GetProperty("values")[7].ValueKind.Should().Be(JsonValueKind.Null, "no loaded source gives the city's 2022 GDP");
        line.GetProperty("tooltips")[9].GetString().Should().Be("4,210.18 亿元（2024）");
        city.QuerySelector("#series-gdp-title")!.ParentElement!.QuerySelector(".series-latest")!.TextContent.Trim()
            .Should().Be("最新：2024年 4,210.18 亿元 增长 3.4%（来源所给）");

        // 新会 has one year of each figure: no line.
        (await PageAsync("/regions/xinhui")).QuerySelectorAll("canvas[data-kind='lines']").Should().BeEmpty();
    }

    [Fact]
    public async Task A_lower_bound_is_drawn_and_said_as_one()
    {
        var kaiping = await PageAsync("/regions/kaiping");

        using var spec = JsonDocument.Parse(kaiping.GetElementById("series-gdp-data")!.TextContent);
        var line = spec.RootElement.GetProperty("series")[0];
        line.GetProperty("marks")[0].GetString().Should().Be(">");
        line.GetProperty("bounds")[0].GetBoolean().Should().BeTrue("a lower bound is drawn as a triangle");
        line.GetProperty("tooltips")[0].GetString().Should().Be("超过 500 亿元（2023）");
        kaiping.QuerySelector("#series")!.ParentElement!.TextContent.Should().Contain("空心三角表示来源给出的下限");
    }

    [Fact]
    public async Task The_comparison_charts_say_which_county_is_highlighted()
    {
        var xinhui = await PageAsync("/regions/xinhui");
        xinhui.QuerySelectorAll("section[aria-labelledby='comparisons'] .chart-key").Select(k => k.TextContent)
            .Should().NotBeEmpty().And.OnlyContain(k => k == "突出显示：新会区");
    }

    [Fact]
    public async Task The_header_picker_lists_the_eight_regions_with_the_current_one_chosen()
    {
        var page = await PageAsync("/en/regions/taishan");

        var form = page.QuerySelector("form.region-picker")!;
        form.GetAttribute("action").Should().Be("/en/regions");
        form.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Should().Equal(
            "jiangmen", "pengjiang", "jianghai", "xinhui", "taishan", "kaiping", "heshan", "enping");
        form.QuerySelector("option[selected]")!.GetAttribute("value").Should().Be("taishan");
    }

    [Theory]
    [InlineData("/regions?region=xinhui", "/regions/xinhui")]
    [InlineData("/en/regions?region=taishan", "/en/regions/taishan")]
    [InlineData("/regions?region=440781", "/regions/taishan")]
    [InlineData("/en/regions?region=kaiping&grade=official", "/en/regions/kaiping?grade=official")]
    public async Task The_picker_goes_to_the_chosen_region_in_the_same_language_keeping_the_official_switch(string address, string location)
    {
        var (response, _) = await fixture.GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    [Fact]
    public async Task The_picker_answers_400_naming_a_missing_region_and_404_for_an_unknown_one()
    {
        var (missing, page) = await fixture.GetAsync("/regions");
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Body!.TextContent.Should().Contain("region");

        var (unknown, _) = await fixture.GetAsync("/regions?region=atlantis");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);

        var (bogus, refusal) = await fixture.GetAsync("/regions?region=xinhui&grade=bogus");
        bogus.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refusal.Body!.TextContent.Should().Contain("grade");
    }

    [Fact]
    public async Task The_picker_on_a_page_showing_official_figures_only_carries_the_switch()
    {
        var official = await PageAsync("/regions/taishan?grade=official");
        var every = await PageAsync("/regions/taishan");

        official.QuerySelector("form.region-picker input[type='hidden'][name='grade']")!.GetAttribute("value").Should().Be("official");
        every.QuerySelector("form.region-picker input[name='grade']").Should().BeNull();
    }

    private static List<string> GdpPeriods(IDocument page) =>
        [.. page.QuerySelectorAll("td[data-indicator='gdp']").Select(td => td.ParentElement!.Children[3].TextContent).Distinct()];

    [GeneratedRegex(@"\d+(?:[,.]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Period();

    [GeneratedRegex(@"^\d$")]
    private static partial Regex Rank();
}
