using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Tests.Shared;

/// <summary>One figure's values from several sources: when they differ, and a chain of revisions as its history.</summary>
public sealed class FigureTests
{
    private static readonly RegionInfo City = new("440700", "jiangmen", "江门市", "Jiangmen", RegionKind.City, null);
    private static readonly Subject CitySubject = new(SubjectKind.Region, City.Code, City.NameZh, City.NameEn, City);
    private static readonly IndicatorInfo Gdp = new("gdp", "地区生产总值", "GDP", "亿元", "100 million yuan", new CategoryInfo("economy", "经济", "Economy", 1), 2, true, null, null);

    private static ObservationRow Value(int id, string source, decimal value, Qualifier qualifier = Qualifier.Exact, string? revises = null, string? published = null) =>
        new(id, CitySubject, Gdp, "2018", value, value.Scale, qualifier,
            new SourceInfo(source, source, source, "p", "p", null, published, null, null, SourceGrade.OfficialCopy), "…", revises, null, null);

    [Fact]
    public void Values_that_differ_only_in_the_decimals_written_agree_and_a_bound_does_not()
    {
        Figure.Of([Value(1, "a", 8.4m), Value(2, "b", 8.4000m)]).Single().SourcesDiffer.Should().BeFalse();
        Figure.Of([Value(1, "a", 2900m), Value(2, "b", 2900m, Qualifier.About)]).Single().SourcesDiffer.Should().BeTrue();
    }

    [Fact]
    public void A_chain_of_revisions_is_the_history_first_published_first_and_the_latest_is_charted()
    {
        var estimate = Value(1, "work-report", 2900m, Qualifier.About, published: "2019-01-16");
        var preliminary = Value(2, "bulletin", 2900.4m, revises: "work-report", published: "2019-03");
        var final = Value(3, "yearbook", 2900.41m, revises: "bulletin", published: "2019-09");

        var figure = Figure.Of([final, estimate, preliminary]).Single();

        figure.Charted.Should().Be(final);
        figure.History.Should().Equal(estimate, preliminary, final);
        figure.RevisedFrom.Should().Be(preliminary);
        (figure.IsRevised(estimate), figure.IsRevised(preliminary), figure.IsRevised(final)).Should().Be((true, true, false));
        figure.HistoryId.Should().Be("history-jiangmen-gdp-2018");
    }
}
