using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Shared;

/// <summary>Notes and flags: numbered notes under a table like a yearbook's, qualified values keep their mark.</summary>
public sealed class TableNotesTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Fact]
    public async Task A_figure_with_a_note_gets_a_number_that_leads_to_the_note_under_its_table()
    {
        var (_, page) = await fixture.GetAsync("/regions/jiangmen");
        var seeds = SeedReader.Read(Seeds.Directory);
        // The page shows every period of each indicator, every source's row of it, each note in the reader's language.
        var notes = seeds.Observations.Where(o => o.RegionCode == "440700")
            .Where(o => o.NoteZh is not null).Select(o => o.NoteZh!).ToList();

        var references = page.QuerySelectorAll("table.figures sup.note-ref a").ToList();
        references.Should().HaveCount(notes.Count);
        foreach (var reference in references)
        {
            var note = page.GetElementById(reference.GetAttribute("href")!.TrimStart('#'))!;
            note.TagName.Should().Be("LI");
            note.ParentElement!.Children.ToList().IndexOf(note).Should().Be(int.Parse(reference.TextContent, System.Globalization.CultureInfo.InvariantCulture) - 1,
                "notes are numbered in the order of the list");
            notes.Should().Contain(note.TextContent);
        }

        page.QuerySelectorAll(".table-notes li").Select(li => li.TextContent).Distinct().Should().BeEquivalentTo(notes.Distinct());
        page.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems("notes of several tables on one page keep apart");
    }

    [Fact]
    public async Task A_qualified_value_keeps_its_mark_in_the_table_and_the_chart()
    {
        var (_, page) = await fixture.GetAsync("/en/indicators/gdp");

        // The value is the cell's first text; its grade follows it.
        page.QuerySelectorAll("table.chart-table td").Select(td => td.FirstChild!.TextContent.Trim()).Should().Contain("more than 500");
        var chart = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script#chart-gdp-2023-data")!.TextContent).RootElement;
        var series = chart.GetProperty("series")[0];
        var kaiping = chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList().IndexOf("Kaiping City");
        series.GetProperty("marks")[kaiping].GetString().Should().Be(">", "the chart labels it, and so its image does");
        series.GetProperty("display")[kaiping].GetString().Should().Be("more than 500", "the tooltip says it, as its source writes it");
    }

    [Fact]
    public async Task A_gap_says_why_in_the_chart_table_and_the_map()
    {
        var (_, page) = await fixture.GetAsync("/en/compare?regions=xinhui,enping&indicators=gdp");
        var (_, overview) = await fixture.GetAsync("/en");

        page.QuerySelector("table.chart-table td.missing")!.TextContent.Should().Be("not published in the loaded sources");
        overview.QuerySelectorAll("table.map-table td.missing").Select(td => td.TextContent).Should().Contain("not published in the loaded sources");
    }
}
