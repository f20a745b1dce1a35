using System.Globalization;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Tests.Data.Seeding;

/// <summary>
/// Every row of the shared more-figures.tsv (../shared/data/ beside the repository) is in the database after a load, with
/// its value in the indicator's unit, its qualifier, its quote, its note and its source's grade.
/// </summary>
public sealed class MoreFiguresTests
{
    /// <summary>
    /// The file as it was handed to us (../shared/data/more-figures.tsv beside the working copy on our machines), kept
    /// beside this test so that a clone anywhere checks the seeds against it.
    /// </summary>
    private static readonly string SharedFile = Path.Combine(Repository.Root, "tests", "Jiangmen.Dashboard.Tests", "Data", "Seeding", "more-figures.tsv");

    private static readonly string Handed = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data", "more-figures.tsv"));

    // The file's working names and the catalogue's codes (seeds/README.md, "More figures").
    private static readonly Dictionary<string, string> Indicators = new()
    {
        ["GDP"] = "gdp", ["GDP_growth"] = "gdp_growth", ["GDP_per_capita"] = "gdp_per_capita", ["GDP_per_capita_growth"] = "gdp_per_capita_growth",
        ["FAI"] = "fixed_asset_investment", ["FAI_growth"] = "fixed_asset_investment_growth",
        ["IVA_above_scale"] = "industrial_value_added_above_size", ["IVA_above_scale_growth"] = "industrial_value_added_above_size_growth",
        ["VA_primary"] = "primary_sector_value_added", ["VA_secondary"] = "secondary_sector_value_added", ["VA_tertiary"] = "tertiary_sector_value_added",
        ["VA_primary_growth"] = "primary_sector_value_added_growth", ["VA_secondary_growth"] = "secondary_sector_value_added_growth",
        ["VA_tertiary_growth"] = "tertiary_sector_value_added_growth",
        ["share_primary"] = "primary_sector_share", ["share_secondary"] = "secondary_sector_share", ["share_tertiary"] = "tertiary_sector_share",
        ["budget_revenue"] = "general_budget_revenue", ["budget_revenue_growth"] = "general_budget_revenue_growth",
        ["fiscal_revenue_unspecified"] = "fiscal_revenue", ["income_all_growth"] = "disposable_income_per_capita_growth",
        ["income_urban"] = "urban_residents_income", ["income_rural"] = "rural_residents_income",
        ["pop_census_2020"] = "resident_population", ["pop_resident_yearend"] = "resident_population_year_end",
        ["retail_sales"] = "retail_sales", ["retail_sales_growth"] = "retail_sales_growth",
    };

    private static readonly Dictionary<string, SourceGrade> Grades = new()
    {
        ["official"] = SourceGrade.Official,
        ["official, read in a copy"] = SourceGrade.OfficialCopy,
        ["research compilation of official bulletins"] = SourceGrade.ResearchCompilation,
        ["research dataset, compiler not named"] = SourceGrade.ResearchDataset,
        ["secondary (aggregator or encyclopedia page)"] = SourceGrade.Secondary,
    };

    private static readonly Dictionary<string, Qualifier> Qualifiers = new()
    {
        [""] = Qualifier.Exact, ["more than"] = Qualifier.MoreThan, ["about"] = Qualifier.About,
    };

    private sealed record Expected(int Line, string Region, string Indicator, string Period, decimal Value, Qualifier Qualifier, SourceGrade Grade, string WhereRead, string Excerpt, string Note);

    /// <summary>The figures each row of the file states, in the catalogue's codes and units.</summary>
    private static List<Expected> ExpectedFigures()
    {
        File.Exists(SharedFile).Should().BeTrue($"the shared figures file is kept at {SharedFile}");
        if (File.Exists(Handed))
        {
            File.ReadAllBytes(SharedFile).Should().Equal(File.ReadAllBytes(Handed), $"the copy is the file handed to us at {Handed}");
        }

        var lines = File.ReadAllText(SharedFile).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines[0].Split('\t');
        header.Should().Equal("region_code", "indicator", "period", "value", "unit", "qualifier", "note", "grade", "source_title", "publisher", "where_read", "excerpt");
        var expected = new List<Expected>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            Expected Figure(string indicator, string value) => new(i + 1, f[0], indicator, f[2], Converted(value, f[4]), Qualifiers[f[5]], Grades[f[7]], f[10], f[11], f[6]);
            if (f[1] == "industry_structure_ratio")
            {
                // "三次產業結構比重為8.1:54.5:37.4": the shares of the primary, secondary and tertiary sectors.
                var shares = f[3].Split(':');
                expected.Add(Figure("primary_sector_share", shares[0]));
                expected.Add(Figure("secondary_sector_share", shares[1]));
                expected.Add(Figure("tertiary_sector_share", shares[2]));
            }
            else
            {
                expected.Add(Figure(Indicators[f[1]], f[3]));
            }
        }

        return expected;
    }

    /// <summary>The file's unit to the indicator's: only the research table's 万元 differ (its sectors' value added, in 亿元 here).</summary>
    private static decimal Converted(string value, string unit)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        return DecimalValue.Normalize(unit == "万元" ? number / 10000 : number);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_row_of_the_shared_file_is_loaded_with_its_grade_value_quote_and_note(string provider)
    {
        var expected = ExpectedFigures();
        var rows = expected.Select(e => e.Line).Distinct().Count();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
        var loaded = await db.Observations.AsNoTracking().Include(o => o.Source).Where(o => o.RegionCode != null).ToListAsync();

        var matched = new HashSet<int>();
        foreach (var e in expected)
        {
            var candidates = loaded.Where(o => o.RegionCode == e.Region && o.IndicatorCode == e.Indicator && o.Period == e.Period
                && (o.Source!.Url == e.WhereRead || o.Source.ReadAt == e.WhereRead)).ToList();
            var o = candidates.Should().ContainSingle($"line {e.Line} of more-figures.tsv gives {e.Indicator} {e.Period} of {e.Region}").Subject;
            (o.Value, o.Qualifier, o.Source!.Grade).Should().Be((e.Value, e.Qualifier, e.Grade), $"line {e.Line}");
            e.Excerpt.Should().Contain(o.Quote, $"the quote of line {e.Line} is the source's words");
            if (e.Note.Length > 0)
            {
                new[] { o.NoteZh, o.NoteEn }.Should().Contain(e.Note, $"line {e.Line}'s note is kept, and given in the other language too");
                (o.NoteZh, o.NoteEn).Should().NotBe((null, null));
            }

            matched.Add(o.Id).Should().BeTrue($"line {e.Line} is its own figure");
        }

        rows.Should().Be(169, "more-figures.tsv has 169 rows, and each has landed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_citys_2018_gdp_keeps_its_three_sources_and_charts_the_yearbook_figure_that_revised_the_estimate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));

        var gdp = await db.Observations.AsNoTracking().Include(o => o.Source)
            .Where(o => o.RegionCode == "440700" && o.IndicatorCode == "gdp" && o.Period == "2018").ToListAsync();

        gdp.Select(o => (o.Value, o.Qualifier)).Should().BeEquivalentTo([(2900.4m, Qualifier.Exact), (2900.4073m, Qualifier.Exact), (2900m, Qualifier.About)]);
        var estimate = gdp.Single(o => o.Qualifier == Qualifier.About);
        estimate.Source!.Published.Should().Be("2019-01-16");
        gdp.Single(o => o.Value == 2900.4m).RevisesSourceId.Should().Be(estimate.SourceId, "the yearbook's figure is the final one of the work report's 预计");
        PreferredObservation.Choose(gdp).Value.Should().Be(2900.4m);

        var population = await db.Observations.AsNoTracking()
            .Where(o => o.RegionCode == "440700" && o.IndicatorCode == "resident_population_year_end" && o.Period == "2022").Select(o => o.Value).ToListAsync();
        population.Should().BeEquivalentTo([482.22m, 483.51m], "two sources disagree, and both are kept");
    }

    [Fact]
    public void The_research_tables_value_added_in_wan_yuan_is_kept_as_written_beside_its_value_in_yi_yuan()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        var primary = seeds.Observations.Single(o => o.RegionCode == "440700" && o.IndicatorCode == "primary_sector_value_added"
            && o.Period == "2021" && o.SourceId == "cre-gdpct-research-table");
        (primary.Value, primary.ValueAsWritten, primary.UnitAsWritten).Should().Be((294.88882251m, 2948888.2251m, "万元"));
        seeds.Observations.Single(o => o.RegionCode == "440781" && o.IndicatorCode == "gdp_per_capita" && o.Period == "2022")
            .Should().Match<Observation>(o => o.Value == 57300m && o.ValueAsWritten == 5.73m && o.UnitAsWritten == "万元");
    }
}
