using System.Net;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Partnerships;

public sealed class PartnershipAndPlatformPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static readonly SeedSet Seeds = SeedReader.Read(Testing.Seeds.Directory);

    [Fact]
    public async Task The_pairings_page_lists_exactly_the_three_pairings_with_their_members()
    {
        var (_, page) = await fixture.GetAsync("/partnerships");

        page.QuerySelectorAll("table.pairings tbody th a").Select(a => a.GetAttribute("href"))
            .Should().BeEquivalentTo(Seeds.Partnerships.Select(p => $"/partnerships/{p.Slug}"));
        var enping = page.QuerySelectorAll("table.pairings tbody tr").Single(r => r.TextContent.Contains("恩平市"));
        enping.TextContent.Should().Contain("蓬江区").And.Contain("江海区");
    }

    [Fact]
    public async Task The_pairings_page_shows_the_city_wide_cooperation_figures_with_quotes()
    {
        var (_, page) = await fixture.GetAsync("/partnerships");

        var values = page.QuerySelectorAll("table.figures td[data-indicator]").ToDictionary(td => td.GetAttribute("data-indicator")!, td => td.TextContent);
        values["cross_region_education_groups"].Should().Be("25");
        values["principals_teachers_exchanged"].Should().Be("244");
        values["west_new_public_school_places"].Should().Be("10,500");
        values["cadres_exchanged"].Should().Be("100");
    }

    [Theory]
    [InlineData("pengjiang-jianghai-enping")]
    [InlineData("xinhui-taishan")]
    [InlineData("heshan-kaiping")]
    public async Task A_pairing_page_lists_exactly_its_projects_and_links_back_to_its_counties(string slug)
    {
        var (_, page) = await fixture.GetAsync($"/partnerships/{slug}");

        page.QuerySelectorAll("table.projects tbody tr").Should().HaveCount(Seeds.Projects.Count(p => p.PartnershipSlug == slug));
        var members = Seeds.PartnershipMembers.Where(m => m.PartnershipSlug == slug)
            .Select(m => "/regions/" + Seeds.Regions.Single(r => r.Code == m.RegionCode).Slug);
        page.QuerySelectorAll(".source-facts a").Select(a => a.GetAttribute("href")).Should().Contain(members);
        page.QuerySelectorAll("table.projects td.figures-cell").Should().OnlyContain(td => td.TextContent.Trim().Length > 0,
            "a project without figures says so with a dash, as every other empty cell, rather than a bare label on a phone");
    }

    [Fact]
    public async Task A_county_page_links_to_its_pairing()
    {
        var (_, page) = await fixture.GetAsync("/regions/enping");

        page.QuerySelector("#pairing")!.ParentElement!.QuerySelector("a")!.GetAttribute("href").Should().Be("/partnerships/pengjiang-jianghai-enping");
    }

    [Fact]
    public async Task The_platforms_page_lists_every_platform_and_a_platform_page_its_metrics()
    {
        var (_, list) = await fixture.GetAsync("/platforms");
        var (_, main) = await fixture.GetAsync("/platforms/jiangmen-main-platform");

        list.QuerySelectorAll("table.platforms tbody th a").Select(a => a.GetAttribute("href"))
            .Should().BeEquivalentTo(Seeds.Platforms.Select(p => $"/platforms/{p.Slug}"));
        main.QuerySelectorAll("table.figures td[data-indicator]").Select(td => td.TextContent)
            .Should().Contain(["4.9", "190.4", "1,414", "67"]);
    }

    [Theory]
    [InlineData("/partnerships", "/partnerships.csv", "table.pairings tbody tr", "partnership_slug")]
    [InlineData("/partnerships", "/partnerships.csv?table=figures", "table.figures tbody tr", "indicator_code")]
    [InlineData("/platforms", "/platforms.csv", "table.platforms tbody tr", "platform_slug")]
    [InlineData("/indicators", "/indicators.csv", "tbody tr", "indicator_code")]
    [InlineData("/sources", "/sources.csv", "tbody tr", "source_id")]
    public async Task Each_list_table_downloads_with_one_row_per_table_row(string address, string csv, string rows, string firstKey)
    {
        var (_, page) = await fixture.GetAsync(address);
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri(csv, UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        page.QuerySelectorAll("a.csv-link").Select(a => a.GetAttribute("href")).Should().Contain(csv);
        lines[0].TrimStart('\uFEFF').Should().Contain(firstKey);
        (lines.Length - 1).Should().Be(page.QuerySelectorAll(rows).Length);
    }

    [Fact]
    public async Task An_unknown_partnerships_table_is_a_400()
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri("/partnerships.csv?table=nope", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/partnerships/nowhere")]
    [InlineData("/platforms/nowhere")]
    [InlineData("/platforms/nowhere.csv")]
    public async Task An_unknown_pairing_or_platform_is_a_404(string address)
    {
        var (response, _) = await fixture.GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
