using Jiangmen.Dashboard.Data.Seeding;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Jiangmen.Dashboard.Tests.Shared;

public sealed partial class PageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    public static TheoryData<string> Addresses => new()
    {
        "/", "/regions/xinhui", "/regions/jiangmen", "/regions/xinhui-daze", "/indicators", "/indicators/gdp",
        "/indicators/resident_population", "/compare", "/partnerships", "/partnerships/heshan-kaiping", "/platforms", "/platforms/jiangmen-main-platform", "/sources", "/sources/jmdrc-2024-county-economy", "/sources/nbs-census-2020-county-data",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_page_answers_in_Chinese_by_default_and_in_English_on_request(string address)
    {
        var (zh, zhPage) = await fixture.GetAsync(address);
        var (en, enPage) = await fixture.GetAsync(EnglishAddress.Of(address));

        zh.StatusCode.Should().Be(HttpStatusCode.OK);
        en.StatusCode.Should().Be(HttpStatusCode.OK);
        zhPage.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        enPage.DocumentElement.GetAttribute("lang").Should().Be("en");
        zhPage.QuerySelector("#language-switch")!.GetAttribute("href").Should().EndWith("culture=en");
        enPage.QuerySelector("#language-switch")!.GetAttribute("href").Should().EndWith("culture=zh-CN");
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task English_pages_have_no_Chinese_interface_text(string address)
    {
        var (_, page) = await fixture.GetAsync(EnglishAddress.Of(address));

        // Quotes are the sources' own words and stay Chinese; everything else the reader sees is English.
        foreach (var quote in page.QuerySelectorAll("q, [lang|='zh'], script").ToList())
        {
            quote.Remove();
        }

        var leftovers = page.Body!.QuerySelectorAll("*").SelectMany(e => e.ChildNodes.OfType<IText>())
            .Select(t => t.Data.Trim()).Where(t => Han().IsMatch(t)).ToList();
        leftovers.Should().BeEmpty();
    }

    [Fact]
    public async Task A_county_page_shows_its_figures_sources_designations_pairing_and_comparison_charts()
    {
        var (_, page) = await fixture.GetAsync("/regions/xinhui");

        page.QuerySelector("h1")!.TextContent.Should().StartWith("新会区");
        page.QuerySelector("td[data-indicator='gdp']")!.TextContent.Should().Be("1,011.25");
        page.QuerySelectorAll("a.source-link").Select(a => a.GetAttribute("href")).Should().Contain("/sources/xinhui-2023-statistical-bulletin");
        page.QuerySelectorAll("q.quote").Select(q => q.TextContent).Should().Contain(q => q.Contains("1011.25億元"));
        page.QuerySelector("#pairing")!.ParentElement!.TextContent.Should().Contain("台山市");
        var gdpChart = page.QuerySelector("canvas[data-chart='chart-gdp-2023-data']")!;
        gdpChart.GetAttribute("data-points").Should().Be("5", "新会, 蓬江, 台山, 鹤山 and 开平 have a 2023 GDP in the sources (鹤山's from two, drawn once)");
        page.QuerySelector("#chart-gdp-2023-data")!.TextContent.Should().Contain("\"highlight\":[true,false,false,false,false]");
        page.QuerySelectorAll("canvas[data-chart]").Should().HaveCount(8, "GDP, its growth, per-capita GDP and its growth, the three sectors and the census population have other counties' values");
    }

    [Fact]
    public async Task A_qualified_value_reads_as_a_bound_in_both_languages()
    {
        var (_, zh) = await fixture.GetAsync("/regions/pengjiang");
        var (_, en) = await fixture.GetAsync("/en/regions/pengjiang");

        zh.QuerySelector("td[data-indicator='general_budget_revenue']")!.TextContent.Should().Be("超过 30");
        en.QuerySelector("td[data-indicator='general_budget_revenue']")!.TextContent.Should().Be("more than 30");
        zh.QuerySelector("td[data-indicator='gdp']")!.TextContent.Should().Be("约 918");
        en.QuerySelector("td[data-indicator='gdp']")!.TextContent.Should().Be("about 918");
    }

    [Fact]
    public async Task A_region_page_by_division_code_redirects_to_its_slug_keeping_the_language()
    {
        var (response, _) = await fixture.GetAsync("/en/regions/440705");

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().Should().Be("/en/regions/xinhui");
    }

    [Theory]
    [InlineData("/regions/nowhere")]
    [InlineData("/indicators/gdp_per_cat")]
    [InlineData("/sources/nowhere")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_address_gets_a_404_page_listing_what_exists(string address)
    {
        var (zh, zhPage) = await fixture.GetAsync(address);
        var (en, enPage) = await fixture.GetAsync(EnglishAddress.Of(address));

        zh.StatusCode.Should().Be(HttpStatusCode.NotFound);
        en.StatusCode.Should().Be(HttpStatusCode.NotFound);
        zhPage.QuerySelector("h1")!.TextContent.Should().Be("找不到该页面");
        enPage.QuerySelector("h1")!.TextContent.Should().Be("Page not found");
        zhPage.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(["/regions/xinhui", "/indicators/gdp", "/sources/jmdrc-2024-county-economy"]);
    }

    [Fact]
    public async Task The_indicator_page_ranks_the_counties_of_a_year_and_lists_every_value()
    {
        var (_, page) = await fixture.GetAsync("/indicators/gdp");
        var (_, of2022) = await fixture.GetAsync("/indicators/gdp?year=2022");

        page.QuerySelector("canvas[data-chart='chart-gdp-2023-data']")!.GetAttribute("data-points").Should().Be("5", "one point per county, whatever the number of sources");
        of2022.QuerySelector("canvas[data-chart='chart-gdp-2022-data']")!.GetAttribute("data-points").Should().Be("1");
        var values = page.QuerySelectorAll("table.figures td[data-indicator='gdp']").Select(td => td.TextContent).ToList();
        values.Should().HaveCount(SeedReader.Read(Seeds.Directory).Observations.Count(o => o.IndicatorCode == "gdp"), "the table keeps every source's value")
            .And.StartWith(["4,210.18", "575.37", "约 575", "515.47", "4,022.25", "4,022.25", "1,011.25", "约 918", "547.4", "502.87", "502.87", "超过 500", "516.50"], "each with the decimals its source writes");
    }

    [Fact]
    public async Task The_catalogue_lists_every_indicator_in_both_languages()
    {
        var (_, page) = await fixture.GetAsync("/indicators");
        var seeds = SeedReader.Read(Seeds.Directory);

        page.QuerySelectorAll("td[lang='en'] a").Select(a => a.TextContent).Should().BeEquivalentTo(seeds.Indicators.Select(i => i.NameEn));
        page.QuerySelectorAll("td[lang='zh-CN'] a").Select(a => a.TextContent).Should().BeEquivalentTo(seeds.Indicators.Select(i => i.NameZh));
    }

    [Fact]
    public async Task A_source_page_lists_every_figure_taken_from_it_beside_its_quote()
    {
        var (_, page) = await fixture.GetAsync("/sources/jmdrc-2024-county-economy");
        var seeds = SeedReader.Read(Seeds.Directory);
        var expected = seeds.Observations.Where(o => o.SourceId == Seeds.ReportSourceId).Select(o => o.Quote).ToList();

        page.QuerySelectorAll("table.figures q.quote").Select(q => q.TextContent).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task The_language_switch_is_remembered_for_the_home_page_while_every_other_address_keeps_its_language()
    {
        using var client = fixture.App.CreateClient();

        var switched = await client.GetStringAsync(new Uri("/sources?culture=en", UriKind.Relative));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var chinese = await client.GetStringAsync(new Uri("/indicators", UriKind.Relative));

        switched.Should().Contain("<html lang=\"en\">");
        home.Should().Contain("<html lang=\"en\">", "the home page opens in the language last chosen");
        chinese.Should().Contain("<html lang=\"zh-CN\">", "a shared link opens in its own language");
    }

    [Theory]
    [InlineData("/regions/xinhui?culture=en", "/en/regions/xinhui")]
    [InlineData("/compare?regions=xinhui,taishan&culture=en&indicators=gdp", "/en/compare?regions=xinhui,taishan&indicators=gdp")]
    [InlineData("/?culture=en", "/en")]
    [InlineData("/en/regions/xinhui?culture=zh-CN", "/regions/xinhui")]
    [InlineData("/regions/xinhui?culture=xx-NOPE", "/regions/xinhui")]
    [InlineData("/regions/xinhui/", "/regions/xinhui")]
    [InlineData("/REGIONS/Xinhui", "/regions/xinhui")]
    [InlineData("/en/Regions/xinhui/?x=1", "/en/regions/xinhui?x=1")]
    [InlineData("/en/", "/en")]
    public async Task A_page_has_one_address_per_language_and_others_redirect_there(string address, string canonical)
    {
        var (response, _) = await fixture.GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("/regions/xinhui", "/en/regions/xinhui")]
    [InlineData("/compare?regions=xinhui,taishan&indicators=gdp", "/en/compare?regions=xinhui,taishan&indicators=gdp")]
    public async Task Each_language_links_to_its_own_addresses_and_names_the_other_as_its_alternate(string chinese, string english)
    {
        var (_, zh) = await fixture.GetAsync(chinese);
        var (_, en) = await fixture.GetAsync(english);

        foreach (var page in new[] { zh, en })
        {
            page.QuerySelector("link[rel='alternate'][hreflang='zh-CN']")!.GetAttribute("href").Should().Be("http://localhost" + chinese);
            page.QuerySelector("link[rel='alternate'][hreflang='en']")!.GetAttribute("href").Should().Be("http://localhost" + english);
        }

        zh.QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().Be("http://localhost" + chinese);
        en.QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().Be("http://localhost" + english);
        en.QuerySelectorAll("header nav a:not(#language-switch), main a[href^='/']").Select(a => a.GetAttribute("href")!)
            .Where(href => !Path.HasExtension(href.Split('?')[0]))
            .Should().OnlyContain(href => href == "/en" || href.StartsWith("/en/", StringComparison.Ordinal), "links keep the reader in English");
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [Theory]
    [InlineData("/", "chart.umd", null)]
    [InlineData("/indicators/gdp", "chart.umd", null)]
    [InlineData("/regions/xinhui", "chart.umd", null)]
    [InlineData("/partnerships", "chart.umd", "chartjs-chart-graph")]
    [InlineData("/platforms", null, null)]
    [InlineData("/sources", null, null)]
    [InlineData("/no/such/page", null, null)]
    public async Task Chart_scripts_load_only_where_something_is_drawn_and_Chart_js_only_when_a_chart_comes_near(string address, string? chartJs, string? plugin)
    {
        var (_, page) = await fixture.GetAsync(address);
        var loaded = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        var listed = (page.QuerySelector("template#chart-scripts") as IHtmlTemplateElement)?.Content.QuerySelectorAll("script[src]")
            .Select(s => s.GetAttribute("src")!).ToList() ?? [];

        loaded.Any(src => src.Contains("/js/charts.", StringComparison.Ordinal)).Should().Be(chartJs is not null, address);
        loaded.Should().NotContain(src => src.Contains("/lib/", StringComparison.Ordinal), "{0} fetches Chart.js when a chart comes near the screen", address);
        listed.Any(src => src.Contains("chart.umd", StringComparison.Ordinal)).Should().Be(chartJs is not null, address);
        listed.Any(src => src.Contains("chartjs-chart-graph", StringComparison.Ordinal)).Should().Be(plugin == "chartjs-chart-graph", address);
    }

    [Fact]
    public async Task Robots_and_the_sitemap_list_every_page_in_both_languages()
    {
        using var client = fixture.App.CreateClient();
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        robots.Should().Contain("Sitemap: http://localhost/sitemap.xml");
        var xml = System.Xml.Linq.XDocument.Parse(sitemap);
        var locations = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        locations.Should().Contain(["http://localhost/", "http://localhost/en", "http://localhost/regions/xinhui", "http://localhost/en/regions/xinhui",
            "http://localhost/indicators/gdp", "http://localhost/en/sources/jmdrc-2024-county-economy"]);
        locations.Should().OnlyHaveUniqueItems();
        xml.Descendants().Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("hreflang")!.Value).Distinct().Should().BeEquivalentTo(["zh-CN", "en"]);
    }

    [Fact]
    public async Task A_quote_is_marked_with_the_language_it_is_written_in_whatever_the_pages()
    {
        var (_, page) = await fixture.GetAsync(EnglishAddress.Of("/indicators/gdp"));

        var quotes = page.QuerySelectorAll("q.quote").ToList();
        quotes.Where(q => q.TextContent.Contains("亿元", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(q => q.GetAttribute("lang") == "zh", "Chinese words on an English page");
        quotes.Where(q => q.TextContent.StartsWith("In 2015, Jiangmen", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.GetAttribute("lang").Should().Be("en", "the city's English site is quoted in English");
    }

    [Fact]
    public async Task A_page_describes_what_it_shows_and_each_comparison_has_its_own_title()
    {
        var (_, zh) = await fixture.GetAsync("/regions/xinhui");
        var (_, en) = await fixture.GetAsync(EnglishAddress.Of("/regions/xinhui"));
        var (_, two) = await fixture.GetAsync("/compare?regions=xinhui,taishan&indicators=gdp");
        var (_, three) = await fixture.GetAsync(EnglishAddress.Of("/compare?regions=xinhui,taishan,kaiping&indicators=gdp"));

        zh.QuerySelector("meta[name=description]")!.GetAttribute("content").Should().StartWith("新会区：").And.Contain("项指标的数字");
        en.QuerySelector("meta[name=description]")!.GetAttribute("content").Should().StartWith("Xinhui District: figures of");
        two.Title.Should().StartWith("比较 新会区、台山市");
        three.Title.Should().StartWith("Compare Xinhui District, Taishan City, Kaiping City");
        // GDP is compared for 2024, the latest year any of the three has (新会's 2023 figure is a gap there).
        three.QuerySelector("meta[name=description]")!.GetAttribute("content").Should().Contain("(2024")
            .And.NotBe(en.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }
}
