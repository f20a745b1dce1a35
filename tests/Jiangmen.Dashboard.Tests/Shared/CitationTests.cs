using System.Net;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Shared;

/// <summary>
/// Every page type has a "How to cite" box whose citation, in the reader's language, gives the view's permanent
/// address and the titles of the sources the page's figures come from; the button only copies, the text is there.
/// </summary>
public sealed class CitationTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static readonly SeedSet Seeds = SeedReader.Read(Testing.Seeds.Directory);

    public static TheoryData<string, string> Pages => new()
    {
        { "/regions/xinhui", "/regions/xinhui" },
        { "/regions/jiangmen", "/regions/jiangmen" },
        { "/indicators/gdp", "/indicators/gdp" },
        { "/compare?regions=xinhui,taishan&indicators=gdp,resident_population", "/compare?regions=xinhui,taishan&indicators=gdp,resident_population" },
        { "/partnerships/xinhui-taishan", "/partnerships/xinhui-taishan" },
        { "/platforms/jiangmen-main-platform", "/platforms/jiangmen-main-platform" },
        { "/sources/nbs-census-2020-county-data", "/sources/nbs-census-2020-county-data" },
        { "/", "/" },
        { "/partnerships", "/partnerships" },
        { "/platforms", "/platforms" },
        { "/sources", "/sources" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_citation_gives_the_permanent_address_and_the_titles_of_the_sources_linked_on_the_page_in_Chinese(string page, string permanent)
    {
        var (response, document) = await fixture.GetAsync(page);
        var citation = document.QuerySelector(".cite #cite-text")!.TextContent;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.QuerySelector(".cite")!.GetAttribute("data-address").Should().Be("http://localhost" + permanent);
        citation.Should().StartWith("江门县域经济. ").And.Contain("http://localhost" + permanent + "。原始资料：")
            .And.Contain($"[{DateTime.UtcNow:yyyy-MM-dd}]", "the date accessed");
        var linked = LinkedSources(document);
        linked.Should().NotBeEmpty();
        foreach (var source in linked)
        {
            citation.Should().Contain($"《{source.TitleZh}》", "{0} links to source {1}", page, source.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_citation_gives_the_permanent_address_and_the_titles_of_the_sources_linked_on_the_page_in_English(string page, string permanent)
    {
        var (_, document) = await fixture.GetAsync(EnglishAddress.Of(page));
        var citation = document.QuerySelector(".cite #cite-text")!.TextContent;
        var address = "http://localhost" + EnglishAddress.Of(permanent);

        citation.Should().Contain(", Jiangmen County Economy, " + address + $" (accessed {DateTime.UtcNow:yyyy-MM-dd}). Original sources: ");
        foreach (var source in LinkedSources(document))
        {
            citation.Should().Contain(source.TitleEn, "{0} links to source {1}", page, source.Id);
        }
    }

    [Theory]
    [InlineData("/indicators/gdp", "http://localhost/indicators/gdp#jiangmen-gdp-2018")]
    [InlineData("/en/indicators/gdp", "http://localhost/en/indicators/gdp#jiangmen-gdp-2018")]
    public async Task A_figure_is_cited_on_its_own_with_its_value_its_quote_its_rows_address_and_only_its_own_source(string page, string address)
    {
        var (_, document) = await fixture.GetAsync(page);
        var row = document.GetElementById("jiangmen-gdp-2018")!;
        var citation = row.QuerySelector(".cite-figure .cite-text")!.TextContent;
        var own = row.QuerySelector("a.source-link")!.TextContent.Trim();
        var others = document.QuerySelectorAll("a.source-link").Select(a => a.TextContent.Trim()).Where(t => t != own).Distinct().ToList();

        citation.Should().Contain(address).And.Contain(own).And.Contain("2018")
            .And.Contain(row.QuerySelector("td.num")!.TextContent.Trim())
            .And.Contain(row.QuerySelector("q.quote")!.TextContent)
            .And.Contain($"{DateTime.UtcNow:yyyy-MM-dd}", "the date accessed");
        others.Should().NotBeEmpty("the GDP page has figures from many sources");
        foreach (var other in others)
        {
            citation.Should().NotContain(other, "a figure's citation names its own source, not the page's others");
        }
    }

    [Fact]
    public async Task The_compare_address_is_normalised_so_the_same_view_has_one_address()
    {
        var (_, document) = await fixture.GetAsync("/en/compare?indicators=gdp&regions=xinhui,%20taishan&regions=xinhui&rows=regions");

        document.QuerySelector(".cite")!.GetAttribute("data-address")
            .Should().Be("http://localhost/en/compare?regions=xinhui,taishan&indicators=gdp&rows=regions");
    }

    [Fact]
    public async Task The_compare_address_names_the_regions_and_indicators_a_bare_compare_chose()
    {
        var (_, document) = await fixture.GetAsync("/compare");

        document.QuerySelector(".cite")!.GetAttribute("data-address")
            .Should().StartWith("http://localhost/compare?regions=pengjiang,jianghai,xinhui,taishan,kaiping,heshan,enping&indicators=gdp,");
    }

    [Fact]
    public async Task The_overview_keeps_a_chosen_map_in_its_address()
    {
        var (_, document) = await fixture.GetAsync("/?map=resident_population");

        document.QuerySelector(".cite")!.GetAttribute("data-address").Should().Be("http://localhost/?map=resident_population");
    }

    [Fact]
    public async Task The_indicator_catalogue_cites_every_source_its_counts_come_from()
    {
        var (_, document) = await fixture.GetAsync("/en/indicators");
        var citation = document.QuerySelector("#cite-text")!.TextContent;

        citation.Should().Contain("http://localhost/en/indicators");
        foreach (var id in Seeds.Observations.Select(o => o.SourceId).Distinct())
        {
            citation.Should().Contain(Seeds.Sources.Single(s => s.Id == id).TitleEn);
        }
    }

    [Fact]
    public async Task The_citation_is_plain_text_and_the_copy_button_waits_for_the_script()
    {
        var (_, document) = await fixture.GetAsync("/regions/xinhui");

        document.QuerySelector("#cite-text")!.Children.Should().BeEmpty("the citation is one run of text, readable and selectable without JavaScript");
        var button = document.QuerySelector(".cite button.cite-copy")!;
        button.HasAttribute("hidden").Should().BeTrue("without JavaScript there is nothing for the button to do");
        button.GetAttribute("type").Should().Be("button");
        button.GetAttribute("data-copy").Should().Be("cite-text");
    }

    private static List<Jiangmen.Dashboard.Data.Entities.Source> LinkedSources(AngleSharp.Dom.IDocument document)
    {
        var ids = document.QuerySelectorAll("main a[href^='/sources/']")
            .Select(a => a.GetAttribute("href")!["/sources/".Length..].Split('?')[0])
            .ToHashSet();
        return Seeds.Sources.Where(s => ids.Contains(s.Id)).ToList();
    }
}
