using System.Net;
using Jiangmen.Dashboard.Tests.Shared.Tables;

namespace Jiangmen.Dashboard.Tests.Shared.Grades;

/// <summary>
/// The "official releases only" switch (?grade=official) on the source, platform and pairing pages and their downloads,
/// as <see cref="GradeTests"/> checks it on the overview, region, indicator and compare pages. Every figure of the
/// platforms and pairings comes from the report (official, read in a copy), so there the switch hides nothing; the
/// sources are where it hides something (baike-jiangmen is secondary).
/// </summary>
public sealed class GradeSwitchOnCataloguePagesTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private const string Secondary = "baike-jiangmen";
    private static readonly string[] OfficialGrades = ["official", "official_copy"];

    public static TheoryData<string> Pages =>
    [
        "/sources", "/sources/" + Secondary, "/sources/jmdrc-2024-county-economy", "/platforms", "/platforms/jiangmen-main-platform",
        "/partnerships", "/partnerships/heshan-kaiping", "/en/partnerships/pengjiang-jianghai-enping",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task With_the_switch_a_page_shows_only_official_figures_says_the_switch_is_on_and_keeps_it_in_every_link(string address)
    {
        var (everyResponse, every) = await fixture.GetAsync(address);
        var (response, official) = await fixture.GetAsync(address + "?grade=official");

        (everyResponse.StatusCode, response.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK));
        every.QuerySelector("input[type='checkbox'][role='switch']")!.HasAttribute("checked").Should().BeFalse();
        official.QuerySelector("input[type='checkbox'][role='switch']")!.HasAttribute("checked").Should().BeTrue();
        // Unchecked, the switch's form goes to the page's own path without ?grade=, which turns it off.
        official.QuerySelector("form.grade-switch")!.GetAttribute("action").Should().Be(address);
        official.QuerySelectorAll("main a.grade").Select(a => a.ClassList.Single(c => c.StartsWith("grade-", StringComparison.Ordinal))["grade-".Length..])
            .Should().NotContain(g => !OfficialGrades.Contains(g), "pages without grade labels (the pairings' projects) have none to check");
        official.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!)
            .Should().NotBeEmpty().And.OnlyContain(href => href.Contains("grade=official", StringComparison.Ordinal));
        official.QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().EndWith(address + "?grade=official");
    }

    [Fact]
    public async Task The_switch_hides_a_secondary_sources_figures_and_leaves_it_out_of_the_list_of_sources()
    {
        var (_, every) = await fixture.GetAsync("/sources/" + Secondary);
        var (_, official) = await fixture.GetAsync("/sources/" + Secondary + "?grade=official");
        var (_, list) = await fixture.GetAsync("/sources");
        var (_, officialList) = await fixture.GetAsync("/sources?grade=official");

        every.QuerySelectorAll("table.figures tbody tr:not(.figure-notes)").Should().NotBeEmpty();
        official.QuerySelectorAll("table.figures tbody tr:not(.figure-notes)").Should().BeEmpty();
        list.QuerySelectorAll($"main a[href='/sources/{Secondary}']").Should().ContainSingle();
        officialList.QuerySelectorAll($"main a[href^='/sources/{Secondary}']").Should().BeEmpty();
        officialList.QuerySelectorAll("main a[href^='/sources/jmdrc-2024-county-economy']").Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_downloads_of_these_pages_apply_the_switch()
    {
        using var client = fixture.App.CreateClient();
        var (_, _, sources) = await CsvTests.DownloadAsync(client, "/sources.csv");
        var (_, _, officialSources) = await CsvTests.DownloadAsync(client, "/sources.csv?grade=official");
        var (_, _, secondary) = await CsvTests.DownloadAsync(client, $"/sources/{Secondary}.csv");
        var (response, _, officialSecondary) = await CsvTests.DownloadAsync(client, $"/sources/{Secondary}.csv?grade=official");
        var (_, _, platform) = await CsvTests.DownloadAsync(client, "/platforms/jiangmen-main-platform.csv?grade=official");
        var (_, _, programme) = await CsvTests.DownloadAsync(client, "/partnerships.csv?table=figures&grade=official");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        sources.Select(r => r["source_grade"]).Should().Contain("secondary");
        officialSources.Should().NotBeEmpty().And.HaveCountLessThan(sources.Count).And.OnlyContain(r => OfficialGrades.Contains(r["source_grade"]));
        secondary.Should().NotBeEmpty();
        officialSecondary.Should().BeEmpty();
        platform.Should().NotBeEmpty().And.OnlyContain(r => OfficialGrades.Contains(r["source_grade"]));
        programme.Should().NotBeEmpty().And.OnlyContain(r => OfficialGrades.Contains(r["source_grade"]));
    }

    [Theory]
    [InlineData("/sources")]
    [InlineData("/sources/baike-jiangmen")]
    [InlineData("/en/platforms")]
    [InlineData("/platforms/jiangmen-main-platform")]
    [InlineData("/partnerships")]
    [InlineData("/partnerships/heshan-kaiping")]
    [InlineData("/sources.csv")]
    [InlineData("/sources/baike-jiangmen.csv")]
    [InlineData("/platforms.xlsx")]
    [InlineData("/platforms/jiangmen-main-platform.csv")]
    [InlineData("/partnerships.csv")]
    [InlineData("/partnerships/heshan-kaiping.metadata.json")]
    public async Task A_grade_that_is_not_official_is_a_400_that_names_the_parameter(string address)
    {
        var (response, page) = await fixture.GetAsync(address + "?grade=all");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Body!.TextContent.Should().Contain("grade").And.Contain("official").And.Contain("all");
    }
}
