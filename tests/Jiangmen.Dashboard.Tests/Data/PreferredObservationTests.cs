using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Tests.Data;

public sealed class PreferredObservationTests
{
    private static ObservationVintage V(string source, SourceGrade grade, string? published = null, string? revises = null, Qualifier qualifier = Qualifier.Exact) =>
        new(source, grade, published, revises, qualifier);

    private static string Chosen(params ObservationVintage[] vintages)
    {
        // Whatever the order of the rows, the same one.
        var chosen = Permutations(vintages).Select(order => PreferredObservation.Choose(order, v => v).SourceId).Distinct().ToList();
        return chosen.Should().ContainSingle().Subject;
    }

    private static IEnumerable<ObservationVintage[]> Permutations(ObservationVintage[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations([.. items.Take(i), .. items.Skip(i + 1)]).Select(rest => (ObservationVintage[])[item, .. rest]));

    [Fact]
    public void The_city_2018_gdp_is_the_yearbook_figure_that_revised_the_work_reports_estimate()
    {
        Chosen(
            V("jiangmen-work-report-2019", SourceGrade.OfficialCopy, "2019-01-16", qualifier: Qualifier.About),
            V("hktdc-jiangmen-city-information", SourceGrade.OfficialCopy, revises: "jiangmen-work-report-2019"),
            V("cre-gdpct-research-table", SourceGrade.ResearchDataset))
            .Should().Be("hktdc-jiangmen-city-information", "the estimate was revised, though its source is dated and the revision's is not");
    }

    [Fact]
    public void The_more_official_grade_comes_first_whatever_the_dates()
    {
        Chosen(
            V("page", SourceGrade.Secondary, "2025-01-01"),
            V("dataset", SourceGrade.ResearchDataset, "2024"),
            V("copy", SourceGrade.OfficialCopy, "2020"),
            V("compilation", SourceGrade.ResearchCompilation, "2025"))
            .Should().Be("copy");
        Chosen(V("copy", SourceGrade.OfficialCopy), V("own-page", SourceGrade.Official)).Should().Be("own-page");
    }

    [Fact]
    public void Among_equally_official_sources_the_later_publication_comes_first_and_an_undated_one_counts_as_older()
    {
        Chosen(V("a", SourceGrade.OfficialCopy, "2022-05-24"), V("b", SourceGrade.OfficialCopy, "2025-03-12")).Should().Be("b");
        Chosen(V("dated", SourceGrade.Secondary, "2024-02-01"), V("undated", SourceGrade.Secondary)).Should().Be("dated");
        Chosen(V("year", SourceGrade.OfficialCopy, "2025"), V("day", SourceGrade.OfficialCopy, "2024-12-31")).Should().Be("year");
    }

    [Fact]
    public void Dates_of_different_precision_compare_on_what_both_give_then_an_exact_value_comes_before_a_bound()
    {
        Chosen(
            V("about", SourceGrade.OfficialCopy, "2024-02-01", qualifier: Qualifier.About),
            V("exact", SourceGrade.OfficialCopy, "2024"))
            .Should().Be("exact", "2024 and 2024-02-01 are the same year, and the exact value is preferred to the approximate one");
    }

    [Fact]
    public void A_tie_in_everything_is_settled_by_the_source_id()
    {
        Chosen(V("xuesao-jiangmen", SourceGrade.Secondary), V("baike-jiangmen", SourceGrade.Secondary)).Should().Be("baike-jiangmen");
    }

    [Fact]
    public void Observations_need_their_source_loaded()
    {
        var source = new Source { Id = "s", TitleZh = "t", TitleEn = "t", PublisherZh = "p", PublisherEn = "p", Grade = SourceGrade.Official };
        Observation Figure(Source? s) => new() { RegionCode = "440700", IndicatorCode = "gdp", Period = "2023", SourceId = "s", Source = s, Quote = "q" };

        PreferredObservation.Choose([Figure(source)]).SourceId.Should().Be("s");
        FluentActions.Invoking(() => PreferredObservation.Choose([Figure(null)])).Should().Throw<ArgumentException>().WithMessage("*Include*");
        FluentActions.Invoking(() => PreferredObservation.Choose(Array.Empty<Observation>())).Should().Throw<ArgumentException>();
    }
}
