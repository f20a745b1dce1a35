using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Data.Seeding;

public sealed class SeedReaderTests
{
    [Fact]
    public void The_real_seeds_are_valid_and_hold_the_report_and_the_supplementary_figures()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        seeds.Regions.Where(r => r.Kind != RegionKind.Town).Select(r => r.Code).Should().BeEquivalentTo(
            ["440700", "440703", "440704", "440705", "440781", "440783", "440784", "440785"]);
        seeds.Regions.Where(r => r.Kind == RegionKind.Town).Should().OnlyContain(r => r.Code.Length == 9 && r.ParentCode != null);
        seeds.Observations.Count(o => o.SourceId == Seeds.ReportSourceId).Should().BeGreaterThanOrEqualTo(52, "the report states 52 figures (seeds/README.md lists them)");
        seeds.Observations.Count(o => o.SourceId != Seeds.ReportSourceId).Should().Be(18 + 169 - 4 + 2,
            "the supplementary file has 18 rows and more-figures.tsv 169, of which 4 give the same figures from the same bulletins as "
            + "supplementary rows and one (the three sectors' proportions 8.1:54.5:37.4) is three shares");
        seeds.Partnerships.Select(p => p.Slug).Should().BeEquivalentTo(["pengjiang-jianghai-enping", "xinhui-taishan", "heshan-kaiping"]);
        seeds.Designations.Should().NotBeEmpty();
        seeds.Platforms.Should().NotBeEmpty();
        seeds.Projects.Should().NotBeEmpty();
    }

    [Fact]
    public void Qualified_figures_keep_their_qualifier()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        seeds.Observations.Should().ContainSingle(o => o.RegionCode == "440783" && o.IndicatorCode == "gdp" && o.Period == "2023")
            .Which.Qualifier.Should().Be(Qualifier.MoreThan, "开平's GDP is given only as 突破500亿元");
        seeds.Observations.Should().Contain(o => o.Quote.Contains("超90亿元") && o.Value == 90m && o.Qualifier == Qualifier.MoreThan);
    }

    [Fact]
    public void Every_quote_of_the_report_occurs_in_the_report_text()
    {
        var seeds = SeedReader.Read(Seeds.Directory);
        var text = File.ReadAllText(Path.Combine(Seeds.Directory, "texts", "jmdrc-2024-county-economy.txt"));

        var quotes = seeds.Observations.Where(o => o.SourceId == Seeds.ReportSourceId).Select(o => o.Quote)
            .Concat(seeds.Designations.Where(d => d.SourceId == Seeds.ReportSourceId).Select(d => d.Quote))
            .Concat(seeds.Platforms.Select(p => p.Quote))
            .Concat(seeds.Projects.Select(p => p.Quote))
            .Concat(seeds.Partnerships.Select(p => p.Quote));

        quotes.Should().OnlyContain(q => text.Contains(q, StringComparison.Ordinal));
    }

    // observations.tsv columns: 1 subject_kind, 2 subject, 3 indicator, 4 period, 5 value, 6 unit, 7 qualifier, 8 source, 9 quote,
    // 10 revises, 11 note_zh, 12 note_en
    public static TheoryData<string, int, string, string> MalformedObservations => new()
    {
        { "unknown region", 2, "999999", "unknown region '999999'" },
        { "unknown indicator", 3, "gdp_per_cat", "unknown indicator 'gdp_per_cat'" },
        { "not a number", 5, "4,022.25", "is not a number" },
        { "not a number", 5, "4022.25亿", "is not a number" },
        { "missing quote", 9, "", "quote is required" },
        { "quote not in the text", 9, "GDP总量突破5000亿元", "quote not found in the text of source" },
        { "unknown qualifier", 7, "roughly", "unknown qualifier 'roughly'" },
        { "unknown source", 8, "nowhere", "unknown source 'nowhere'" },
        { "bad period", 4, "23", "period '23' must be a year" },
    };

    [Theory]
    [MemberData(nameof(MalformedObservations))]
    public void A_malformed_observation_is_rejected_with_its_file_line_and_column(string _, int column, string value, string reason)
    {
        var directory = Seeds.Copy();
        var line = Seeds.LineOf(directory, "observations.tsv", Seeds.ReportGdpRow);
        Seeds.ReplaceLine(directory, "observations.tsv", line, text =>
        {
            var fields = text.Split('\t');
            fields[column - 1] = value;
            return string.Join('\t', fields);
        });

        var act = () => SeedReader.Read(directory);

        act.Should().Throw<SeedException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<SeedError>(e => e.File == "observations.tsv" && e.Line == line && e.Column == column && e.Reason.Contains(reason));
    }

    [Fact]
    public void A_duplicate_subject_indicator_and_period_is_rejected_at_the_second_line()
    {
        var directory = Seeds.Copy();
        var line = Seeds.LineOf(directory, "observations.tsv", Seeds.ReportGdpRow);
        var row = File.ReadAllText(Path.Combine(directory, "observations.tsv")).Split('\n')[line - 1];
        Seeds.AppendLine(directory, "observations.tsv", row);
        var lastLine = File.ReadAllText(Path.Combine(directory, "observations.tsv")).TrimEnd('\n').Split('\n').Length;

        var act = () => SeedReader.Read(directory);

        act.Should().Throw<SeedException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<SeedError>(e => e.File == "observations.tsv" && e.Line == lastLine && e.Reason.Contains($"first at line {line}"));
    }

    [Fact]
    public void A_row_with_a_missing_field_is_rejected_with_the_column_where_it_ends()
    {
        var directory = Seeds.Copy();
        Seeds.AppendLine(directory, "regions.tsv", "440799\tnowhere\t无名区");

        var act = () => SeedReader.Read(directory);

        act.Should().Throw<SeedException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<SeedError>(e => e.File == "regions.tsv" && e.Column == 4 && e.Reason.Contains("expected 6 tab-separated fields, found 3"));
    }

    [Fact]
    public void A_designation_in_an_unknown_region_and_a_renamed_header_are_both_reported()
    {
        var directory = Seeds.Copy();
        Seeds.ReplaceLine(directory, "designations.tsv", 2, text => "440799" + text[text.IndexOf('\t', StringComparison.Ordinal)..]);
        Seeds.ReplaceLine(directory, "indicators.tsv", 1, text => text.Replace("unit_en", "unit_english", StringComparison.Ordinal));

        var act = () => SeedReader.Read(directory);

        var errors = act.Should().Throw<SeedException>().Which.Errors;
        errors.Should().Contain(e => e.File == "designations.tsv" && e.Line == 2 && e.Column == 1 && e.Reason.Contains("unknown region code '440799'"));
        errors.Should().Contain(e => e.File == "indicators.tsv" && e.Line == 1 && e.Column == 5 && e.Reason.Contains("'unit_en'"));
    }
}
