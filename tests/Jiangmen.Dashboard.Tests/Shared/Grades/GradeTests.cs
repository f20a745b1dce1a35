using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Jiangmen.Dashboard.Tests.Shared.Tables;

namespace Jiangmen.Dashboard.Tests.Shared.Grades;

/// <summary>
/// How official each figure's source is, shown honestly: the grade beside every figure, in every download and in the API;
/// the "official releases only" switch (?grade=official) on pages, downloads and both APIs; sources that disagree; and
/// a revised figure with its history. The city's 2018 GDP (about 2900 in the 2019 work report, revised to 2900.4 by the
/// yearbook; 2900.4073 in a research table) and its 2022 year-end population (482.22 and 483.51 万人, two secondary
/// pages) are the seeds' cases.
/// </summary>
public sealed class GradeTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static readonly string[] OfficialGrades = ["official", "official_copy"];

    private static IEnumerable<IElement> FigureRows(IDocument page) => page.QuerySelectorAll("table.figures tbody tr:not(.figure-notes)");

    private static string GradeOf(IElement label) => label.ClassList.Single(c => c.StartsWith("grade-", StringComparison.Ordinal))["grade-".Length..];

    [Theory]
    [InlineData("/regions/jiangmen", "二手资料", "转述数字而不注明出处")]
    [InlineData("/en/regions/jiangmen", "Secondary source", "restates figures without naming its source")]
    public async Task Every_figure_of_a_table_has_its_grade_explained_on_hover_and_to_assistive_technology(string address, string label, string explanation)
    {
        var (_, page) = await fixture.GetAsync(address);

        var rows = FigureRows(page).ToList();
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var grade = row.QuerySelector("a.grade");
            grade.Should().NotBeNull(row.TextContent);
            // The description is an element of the page, not a title only a mouse can reach.
            var description = page.GetElementById(grade!.GetAttribute("aria-describedby")!);
            description.Should().NotBeNull();
            description!.TextContent.Should().Be(grade.GetAttribute("data-explain")).And.NotBeEmpty();
            grade.GetAttribute("href").Should().EndWith("#grade", "the label leads to its source's page, where the grade is explained");
        }

        var secondary = rows.SelectMany(r => r.QuerySelectorAll("a.grade-secondary")).First();
        secondary.TextContent.Should().Be(label);
        page.GetElementById(secondary.GetAttribute("aria-describedby")!)!.TextContent.Should().Contain(explanation);
    }

    [Theory]
    [InlineData("/sources/baike-jiangmen", "二手资料", "转述数字而不注明出处")]
    [InlineData("/en/sources/hktdc-jiangmen-city-information", "Official, read in a copy", "the figure is the publisher's, the copy is not")]
    public async Task A_source_page_states_its_grade_and_what_it_means(string address, string label, string explanation)
    {
        var grade = (await fixture.GetAsync(address)).Document.GetElementById("grade")!;
        grade.QuerySelector(".grade")!.TextContent.Should().Be(label);
        grade.TextContent.Should().Contain(explanation);
    }

    /// <summary>The views the switch applies to.</summary>
    public static TheoryData<string> Views => ["/", "/regions/jiangmen", "/indicators/gdp", "/compare?regions=jiangmen,xinhui,taishan&indicators=gdp,resident_population_year_end"];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_official_switch_hides_every_figure_below_official_and_says_it_is_on(string address)
    {
        var (_, every) = await fixture.GetAsync(address);
        var (response, official) = await fixture.GetAsync(address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "grade=official");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        every.QuerySelectorAll("main a.grade").Select(GradeOf).Should().Contain(g => !OfficialGrades.Contains(g), "without the switch every source is shown");
        official.QuerySelectorAll("main a.grade").Select(GradeOf).Should().NotBeEmpty().And.OnlyContain(g => OfficialGrades.Contains(g));
        every.QuerySelector("input[type='checkbox'][role='switch']")!.HasAttribute("checked").Should().BeFalse();
        official.QuerySelector("input[type='checkbox'][role='switch']")!.HasAttribute("checked").Should().BeTrue();
    }

    [Fact]
    public async Task The_switch_is_a_checkbox_in_a_form_that_sends_the_views_other_parameters_again_and_turns_the_switch_off_when_unchecked()
    {
        var (_, page) = await fixture.GetAsync("/?map=resident_population&grade=official");

        var form = page.QuerySelector("form.grade-switch")!;
        form.GetAttribute("method").Should().Be("get");
        form.QuerySelectorAll("input[type='hidden']").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")))
            .Should().Equal([("map", "resident_population")], "the view is kept; the switch's own value comes from the box");
        var box = form.QuerySelector("input[type='checkbox']")!;
        (box.GetAttribute("name"), box.GetAttribute("value"), box.HasAttribute("checked")).Should().Be(("grade", "official", true));
        page.QuerySelector($"label[for='{box.Id}']")!.TextContent.Should().Be("只看官方发布", "the box is named by its label");
        form.QuerySelector("button[type='submit']").Should().NotBeNull("without JavaScript the reader submits the form");
    }

    [Fact]
    public async Task With_the_switch_on_every_link_to_a_view_its_downloads_and_the_language_switch_keep_it()
    {
        var (_, page) = await fixture.GetAsync("/regions/jiangmen?grade=official");

        var links = page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        links.Should().Contain(["/?grade=official", "/compare?grade=official", "/indicators/gdp?grade=official", "/regions/jiangmen.csv?grade=official"]);
        links.Should().OnlyContain(href => href.Contains("grade=official", StringComparison.Ordinal));
        page.GetElementById("language-switch")!.GetAttribute("href").Should().Be("/regions/jiangmen?grade=official&culture=en");
        page.QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().EndWith("/regions/jiangmen?grade=official");
    }

    [Fact]
    public async Task The_switch_applies_to_a_views_download_and_its_metadata_names_the_grade_column()
    {
        using var client = fixture.App.CreateClient();
        var (_, _, every) = await CsvTests.DownloadAsync(client, "/indicators/gdp.csv");
        var (response, _, official) = await CsvTests.DownloadAsync(client, "/indicators/gdp.csv?grade=official");
        var metadata = JsonDocument.Parse(await client.GetStringAsync(new Uri("/indicators/gdp.metadata.json?grade=official", UriKind.Relative))).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        every.Select(r => r["source_grade"]).Should().Contain(["official", "official_copy", "research_dataset", "secondary"]);
        official.Should().NotBeEmpty().And.HaveCountLessThan(every.Count).And.OnlyContain(r => OfficialGrades.Contains(r["source_grade"]));
        metadata.GetProperty("columns").EnumerateArray().Should().Contain(c => c.GetProperty("name").GetString() == "source_grade");
        metadata.GetProperty("sources").EnumerateArray().Should().OnlyContain(s => OfficialGrades.Contains(s.GetProperty("grade").GetString()));
        metadata.GetProperty("page").GetProperty("en").GetString().Should().EndWith("/en/indicators/gdp?grade=official");
    }

    [Fact]
    public async Task The_bulk_export_keeps_only_official_releases_with_the_switch()
    {
        using var client = fixture.App.CreateClient();
        var (_, _, every) = await CsvTests.DownloadAsync(client, "/export/observations.csv");
        var (_, _, official) = await CsvTests.DownloadAsync(client, "/export/observations.csv?grade=official");

        every.Select(r => r["source_grade"]).Distinct().Should().HaveCount(5, "every grade has figures");
        official.Should().HaveCount(every.Count(r => OfficialGrades.Contains(r["source_grade"])))
            .And.OnlyContain(r => OfficialGrades.Contains(r["source_grade"]));
    }

    [Fact]
    public async Task Both_apis_give_each_figures_grade_and_apply_the_switch()
    {
        using var client = fixture.App.CreateClient();
        async Task<JsonElement> Get(string address) => JsonDocument.Parse(await client.GetStringAsync(new Uri(address, UriKind.Relative))).RootElement;

        var every = await Get("/api/observations?region=jiangmen&indicator=gdp&period=2018");
        var official = await Get("/api/observations?region=jiangmen&indicator=gdp&period=2018&grade=official");
        var compareEvery = await Get("/api/compare?regions=jiangmen&indicators=gdp");
        var compareOfficial = await Get("/api/compare?regions=jiangmen&indicators=gdp&grade=official");

        every.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("source").GetString(), i.GetProperty("source_grade").GetString()))
            .Should().BeEquivalentTo([
                ("cre-gdpct-research-table", "research_dataset"), ("hktdc-jiangmen-city-information", "official_copy"),
                ("jiangmen-work-report-2019", "official_copy")]);
        official.GetProperty("total").GetInt32().Should().Be(2);
        official.GetProperty("items").EnumerateArray().Should().OnlyContain(i => OfficialGrades.Contains(i.GetProperty("source_grade").GetString()));
        compareEvery.GetProperty("cells")[0].GetProperty("source_grade").GetString().Should().Be("secondary", "the latest GDP, 2024's, is an encyclopedia's");
        var cell = compareOfficial.GetProperty("cells")[0];
        (cell.GetProperty("period").GetString(), cell.GetProperty("source_grade").GetString()).Should().Be(("2023", "official_copy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/regions/jiangmen")]
    [InlineData("/en/indicators/gdp")]
    [InlineData("/compare")]
    [InlineData("/regions/jiangmen.csv")]
    [InlineData("/compare.csv")]
    [InlineData("/export/observations.csv")]
    public async Task A_grade_that_is_not_official_is_a_400_that_names_the_parameter(string address)
    {
        var (response, page) = await fixture.GetAsync(address + "?grade=all");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Body!.TextContent.Should().Contain("grade").And.Contain("official").And.Contain("all");
    }

    [Theory]
    [InlineData("/api/observations?grade=secondary")]
    [InlineData("/api/compare?grade=secondary")]
    public async Task An_api_answers_a_grade_that_is_not_official_with_a_problem_naming_it(string address)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem.GetProperty("detail").GetString().Should().Contain("grade").And.Contain("secondary");
    }

    /// <summary>
    /// The page, what it says, the charted value and another source's: the city's year-end population of 2022 and GDP of
    /// 2018 in their tables, 台山's GDP of 2024 on its card.
    /// </summary>
    public static TheoryData<string, string, string, string> Disagreements => new()
    {
        { "/regions/jiangmen", "各来源数值不同", "482.22", "483.51" },
        { "/en/regions/jiangmen", "Sources differ", "482.22", "483.51" },
        { "/indicators/gdp", "各来源数值不同", "2,900.4", "约 2,900" },
        { "/en/indicators/gdp", "Sources differ", "2,900.4", "about 2,900" },
        { "/", "各来源数值不同", "575.37", "约 575" },
        { "/en", "Sources differ", "575.37", "about 575" },
    };

    [Theory]
    [MemberData(nameof(Disagreements))]
    public async Task Where_sources_disagree_the_charted_value_says_so_and_links_each_source(string address, string differ, string charted, string other)
    {
        var (_, page) = await fixture.GetAsync(address);

        var notes = page.QuerySelectorAll(".sources-differ").Where(n => n.TextContent.Contains(charted, StringComparison.Ordinal)).ToList();
        notes.Should().ContainSingle();
        var note = notes[0];
        note.TextContent.Should().StartWith(differ);
        var values = note.QuerySelectorAll("a").Select(a => (a.ChildNodes[0].TextContent, Source: a.GetAttribute("href")!)).ToList();
        values[0].TextContent.Should().Be(charted, "the charted value comes first");
        values.Select(v => v.TextContent).Should().Contain(other);
        values.Should().OnlyContain(v => v.Source.StartsWith(address.StartsWith("/en", StringComparison.Ordinal) ? "/en/sources/" : "/sources/", StringComparison.Ordinal));
        // Sources that give the same value (the city's 2023 GDP, 4022.25 in two texts) are not said to differ.
        page.QuerySelectorAll(".sources-differ").Should().OnlyContain(n => n.QuerySelectorAll("a").Select(a => a.ChildNodes[0].TextContent).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData("/indicators/gdp", "修订自", "约 2,900", "初次发布", "修订")]
    [InlineData("/en/indicators/gdp", "revised from", "about 2,900", "first published", "revision")]
    public async Task A_revised_figure_shows_the_latest_with_what_it_revised_and_its_history_on_its_own_anchor(
        string address, string revisedFrom, string earlier, string first, string revision)
    {
        var (_, page) = await fixture.GetAsync(address);

        var revised = page.QuerySelector(".revised")!;
        revised.TextContent.Should().StartWith(revisedFrom).And.Contain("2019-01-16");
        var link = revised.QuerySelector("a")!;
        (link.TextContent, link.GetAttribute("href")).Should().Be((earlier, "#history-jiangmen-gdp-2018"));
        var vintages = page.GetElementById("history-jiangmen-gdp-2018")!.QuerySelectorAll("li").ToList();
        vintages.Should().HaveCount(2);
        vintages[0].TextContent.Should().Contain(earlier).And.Contain(first).And.Contain("2019-01-16");
        vintages[0].QuerySelector("a")!.GetAttribute("href").Should().EndWith("/sources/jiangmen-work-report-2019");
        vintages[1].TextContent.Should().Contain("2,900.4").And.Contain(revision);
        vintages[1].QuerySelector("a")!.GetAttribute("href").Should().EndWith("/sources/hktdc-jiangmen-city-information");
        page.QuerySelector("a.revised-later")!.GetAttribute("href").Should().Be("#history-jiangmen-gdp-2018", "the estimate's own row says it was revised");
    }

    [Theory]
    [InlineData("/indicators/gdp", "图表取等级最官方的来源")]
    [InlineData("/en/indicators/gdp", "the chart takes the most official source's value")]
    public async Task A_chart_states_the_rule_that_chose_its_values(string address, string rule)
    {
        var (_, page) = await fixture.GetAsync(address);

        page.QuerySelectorAll("figure.chart").Should().NotBeEmpty()
            .And.OnlyContain(chart => chart.QuerySelectorAll("p.note").Any(n => n.TextContent.Contains(rule, StringComparison.Ordinal)));
    }
}
