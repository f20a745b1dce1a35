using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Data.Seeding;

/// <summary>
/// The columns that let several sources give one figure: the source's grade, the unit as the source writes it, the
/// figure a row revises, notes in both languages. Each broken rule names its file, line and column.
/// </summary>
public sealed class FigureColumnsTests
{
    // observations.tsv columns: 1 subject_kind, 2 subject, 3 indicator, 4 period, 5 value, 6 unit, 7 qualifier, 8 source, 9 quote,
    // 10 revises, 11 note_zh, 12 note_en. The census source has no text in seeds/, so any quote passes for it here.
    private const string Census = "nbs-census-2020-county-data";
    private const string Kaiping = "kaiping-gov-kpzx-3029558";

    private static string Row(
        string indicator, string period, string value, string unit, string source = Census, string revises = "", string noteZh = "", string noteEn = "", string subject = "440785") =>
        string.Join('\t', "region", subject, indicator, period, value, unit, "exact", source, "test quote", revises, noteZh, noteEn);

    private static SeedError SingleError(string directory) =>
        FluentActions.Invoking(() => SeedReader.Read(directory)).Should().Throw<SeedException>().Which.Errors.Should().ContainSingle().Subject;

    private static int LastLine(string directory, string file) =>
        File.ReadAllText(Path.Combine(directory, file)).TrimEnd('\n').Split('\n').Length;

    /// <summary>Sets a field (1-based column) of a source's row in sources.tsv; returns the row's line.</summary>
    private static int SetSourceField(string directory, string source, int column, string value)
    {
        var line = Seeds.LineOf(directory, "sources.tsv", source + "\t");
        Seeds.ReplaceLine(directory, "sources.tsv", line, text =>
        {
            var fields = text.Split('\t');
            fields[column - 1] = value;
            return string.Join('\t', fields);
        });
        return line;
    }

    [Fact]
    public void Every_source_has_a_grade()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        seeds.Sources.Should().OnlyContain(s => Enum.IsDefined(s.Grade));
        seeds.Sources.Single(s => s.Id == Seeds.ReportSourceId).Grade.Should().Be(SourceGrade.OfficialCopy, "the report is read in a stored copy");
    }

    [Fact]
    public void An_unknown_grade_is_rejected_at_its_column()
    {
        var directory = Seeds.Copy();
        var line = SetSourceField(directory, Census, 11, "official-ish");

        SingleError(directory).Should().Match<SeedError>(e =>
            e.File == "sources.tsv" && e.Line == line && e.Column == 11 && e.Reason.Contains("unknown grade 'official-ish'") && e.ReasonZh.Contains("未知的 grade"));
    }

    [Fact]
    public void A_published_date_that_is_not_iso_is_rejected()
    {
        var directory = Seeds.Copy();
        var line = SetSourceField(directory, Census, 7, "2024年2月");

        SingleError(directory).Should().Match<SeedError>(e => e.File == "sources.tsv" && e.Line == line && e.Column == 7 && e.Reason.Contains("must be a date"));
    }

    [Fact]
    public void A_value_written_in_another_unit_is_converted_exactly_and_kept_as_written()
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row("gdp", "2019", "1873467.0000", "万元"));
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2021", "48.3907", "万人"));

        var seeds = SeedReader.Read(directory);

        var gdp = seeds.Observations.Single(o => o.RegionCode == "440785" && o.IndicatorCode == "gdp");
        gdp.Value.Should().Be(187.3467m);
        (gdp.ValueAsWritten, gdp.UnitAsWritten).Should().Be((1873467m, "万元"));
        gdp.Decimals.Should().Be(8, "the source writes it to 0.0001 万元, which is 0.00000001 亿元");
        var people = seeds.Observations.Single(o => o.RegionCode == "440785" && o.Period == "2021");
        people.Value.Should().Be(483907m);
        people.Decimals.Should().Be(0, "0.0001 万人 is one person");
        seeds.Observations.Single(o => o.RegionCode == "440785" && o.Period == "2020" && o.SourceId == Census)
            .UnitAsWritten.Should().BeNull("a value already in the indicator's unit was not converted");
    }

    [Fact]
    public void A_value_keeps_the_decimals_its_source_writes()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        seeds.Observations.Single(o => o.RegionCode == "440781" && o.IndicatorCode == "gdp" && o.Period == "2022" && o.Quote.Contains("516.50"))
            .Decimals.Should().Be(2, "臺山 writes 516.50, and the zero is part of what it states");
        seeds.Observations.Single(o => o.RegionCode == "440783" && o.IndicatorCode == "gdp" && o.Period == "2023")
            .Decimals.Should().Be(0, "突破500亿元 states no decimals, and none is added");
    }

    public static TheoryData<string, string, string, int, string, string> BadUnits => new()
    {
        { "gdp", "4022.25", "%", 6, "unit '%' cannot be converted to '亿元'", "无法换算" },
        { "gdp", "4022.25", "billion yuan", 6, "unit 'billion yuan' cannot be converted", "无法换算" },
        { "resident_population", "48.39071", "万人", 5, "48.39071 万人 is not a whole number of 人", "不是整数" },
        { "gdp", "0.0000000000000000000000001", "万元", 5, "cannot be converted exactly to 亿元", "无法精确换算" },
    };

    [Theory]
    [MemberData(nameof(BadUnits))]
    public void A_unit_that_cannot_be_converted_exactly_is_rejected(string indicator, string value, string unit, int column, string reason, string reasonZh)
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row(indicator, "2021", value, unit));

        SingleError(directory).Should().Match<SeedError>(e => e.File == "observations.tsv" && e.Line == LastLine(directory, "observations.tsv")
            && e.Column == column && e.Reason.Contains(reason) && e.ReasonZh.Contains(reasonZh));
    }

    [Fact]
    public void The_same_figure_from_two_sources_is_kept_twice_but_once_per_source()
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping));

        SeedReader.Read(directory).Observations.Where(o => o.RegionCode == "440785" && o.IndicatorCode == "resident_population")
            .Select(o => o.SourceId).Should().Contain([Census, Kaiping]).And.OnlyHaveUniqueItems();

        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483908", "人", source: Kaiping));
        SingleError(directory).Should().Match<SeedError>(e => e.Line == LastLine(directory, "observations.tsv") && e.Column == 8
            && e.Reason.Contains("duplicate figure of this subject, indicator and period from this source"));
    }

    [Fact]
    public void A_revision_names_the_source_of_the_figure_it_revises()
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping, revises: Census));

        SeedReader.Read(directory).Observations.Single(o => o.RegionCode == "440785" && o.SourceId == Kaiping).RevisesSourceId.Should().Be(Census);
    }

    public static TheoryData<string, string, string> BadRevisions => new()
    {
        { "a source with no such figure", "heshan-gov-2023-economy", "revises nothing: source 'heshan-gov-2023-economy' gives no figure" },
        { "an unknown source", "nowhere", "unknown source 'nowhere'" },
        { "its own source", Kaiping, "cannot revise itself" },
    };

    [Theory]
    [MemberData(nameof(BadRevisions))]
    public void A_revision_pointing_at_nothing_is_rejected(string _, string revises, string reason)
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping, revises: revises));

        SingleError(directory).Should().Match<SeedError>(e =>
            e.File == "observations.tsv" && e.Line == LastLine(directory, "observations.tsv") && e.Column == 10 && e.Reason.Contains(reason));
    }

    [Fact]
    public void A_figure_is_revised_at_most_once()
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping, revises: Census));
        var first = LastLine(directory, "observations.tsv");
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: "heshan-gov-2023-economy", revises: Census));

        SingleError(directory).Should().Match<SeedError>(e => e.Line == first + 1 && e.Column == 10 && e.Reason.Contains($"already revised at line {first}"));
    }

    [Fact]
    public void A_revision_published_before_the_figure_it_revises_is_rejected()
    {
        var directory = Seeds.Copy();
        SetSourceField(directory, Census, 7, "2021-05");
        SetSourceField(directory, Kaiping, 7, "2020");
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping, revises: Census));

        SingleError(directory).Should().Match<SeedError>(e => e.Column == 10 && e.Reason.Contains("revises a figure published later (2021-05)"));
    }

    [Fact]
    public void Revisions_that_go_round_in_a_circle_are_rejected()
    {
        var directory = Seeds.Copy();
        var census = Seeds.LineOf(directory, "observations.tsv", Seeds.EnpingCensusRow);
        Seeds.ReplaceLine(directory, "observations.tsv", census, text =>
        {
            var fields = text.Split('\t');
            fields[9] = Kaiping;
            return string.Join('\t', fields);
        });
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping, revises: Census));

        var errors = FluentActions.Invoking(() => SeedReader.Read(directory)).Should().Throw<SeedException>().Which.Errors;
        errors.Should().Contain(e => e.Line == census && e.Column == 10 && e.Reason.Contains("circle"));
    }

    [Theory]
    [InlineData("备注", "", 12)]
    [InlineData("", "A note", 11)]
    public void A_note_is_given_in_both_languages_or_not_at_all(string noteZh, string noteEn, int column)
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "observations.tsv", Row("resident_population", "2020", "483907", "人", source: Kaiping, noteZh: noteZh, noteEn: noteEn));

        SingleError(directory).Should().Match<SeedError>(e => e.Column == column && e.Reason.Contains("both languages"));
    }
}
