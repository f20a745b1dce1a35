using System.Text.RegularExpressions;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Data.Seeding;

/// <summary>
/// What a reader sees of a source or a project is data in both languages: a source's notes (notes_zh, notes_en) and a
/// project's investor and beneficiaries (investor_zh/_en, beneficiaries_zh/_en), each given in both or in neither, and
/// a Chinese title that is Chinese.
/// </summary>
public sealed partial class BilingualColumnsTests
{
    // sources.tsv: 1 id ... 11 grade, 12 notes_zh, 13 notes_en. projects.tsv: 7 investor_zh, 8 investor_en,
    // 9 beneficiaries_zh, 10 beneficiaries_en.
    private const string Census = "nbs-census-2020-county-data";
    private const string Fund = "regional-balanced-development-fund";

    private static int SetField(string directory, string file, string key, int column, string value)
    {
        var line = Seeds.LineOf(directory, file, key + "\t");
        Seeds.ReplaceLine(directory, file, line, text =>
        {
            var fields = text.Split('\t');
            fields[column - 1] = value;
            return string.Join('\t', fields);
        });
        return line;
    }

    private static SeedError SingleError(string directory) =>
        FluentActions.Invoking(() => SeedReader.Read(directory)).Should().Throw<SeedException>().Which.Errors.Should().ContainSingle().Subject;

    [Fact]
    public void Every_source_note_and_every_project_party_is_given_in_both_languages()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        seeds.Sources.Should().OnlyContain(s => s.NotesZh != null && s.NotesEn != null);
        var fund = seeds.Projects.Single(p => p.Slug == Fund);
        (fund.InvestorZh, fund.InvestorEn).Should().Be(("鹤山、开平", "Heshan City and Kaiping City"));
        (fund.BeneficiariesZh, fund.BeneficiariesEn).Should().Be(("结对产业项目", "industrial projects of the pairing"));
        seeds.Projects.Should().OnlyContain(p => (p.InvestorZh == null) == (p.InvestorEn == null) && (p.BeneficiariesZh == null) == (p.BeneficiariesEn == null));
    }

    [Fact]
    public void A_chinese_title_holds_no_english_phrase_and_no_reader_sees_the_stored_copys_file_name()
    {
        var seeds = SeedReader.Read(Seeds.Directory);

        // File names (CRE_Gdpct.csv), acronyms (GDP, ISBN) and a domain are single words; a phrase is two English words.
        seeds.Sources.Should().OnlyContain(s => !EnglishPhrase().IsMatch(s.TitleZh), "a Chinese title is Chinese");
        seeds.Sources.Single(s => s.Id == "kaiping-gov-kpzx-3029558").TitleZh.Should().Be("开平资讯（开平市政府网站新闻）");
        seeds.Sources.Should().OnlyContain(s => !(s.ReadAt ?? "").Contains("seed/000_", StringComparison.Ordinal)
            && !(s.NotesZh + s.NotesEn).Contains("seed/000_", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_chinese_note_is_written_in_chinese_so_its_english_words_are_the_sources_quoted()
    {
        // Pages mark the Latin words of a Chinese note as English (they quote an English source: “130.787 billion yuan”),
        // which would hide a note left in English; so a Chinese note must be Chinese.
        var seeds = SeedReader.Read(Seeds.Directory);
        var notes = seeds.Observations.Select(o => o.NoteZh).Concat(seeds.Indicators.Select(i => i.NotesZh)).Concat(seeds.Sources.Select(s => s.NotesZh))
            .OfType<string>().ToList();

        notes.Should().NotBeEmpty().And.OnlyContain(n => Chinese().Count(n) >= 2, "a note_zh says what it says in Chinese");
    }

    [Theory]
    [InlineData("sources.tsv", Census, 12, "notes_zh")]
    [InlineData("sources.tsv", Census, 13, "notes_en")]
    [InlineData("projects.tsv", Fund, 8, "investor_en")]
    [InlineData("projects.tsv", Fund, 9, "beneficiaries_zh")]
    public void Text_given_in_one_language_only_is_rejected_at_the_empty_column(string file, string key, int emptied, string named)
    {
        var directory = Seeds.Copy();
        var line = SetField(directory, file, key, emptied, "");

        var error = SingleError(directory);
        (error.File, error.Line, error.Column).Should().Be((file, line, emptied));
        error.Reason.Should().Contain(named).And.Contain("both languages");
        error.ReasonZh.Should().Contain(named);
    }

    [Fact]
    public void A_seeds_directory_whose_sources_lack_the_english_notes_column_is_rejected_by_its_header()
    {
        var directory = Seeds.Copy();
        Seeds.ReplaceLine(directory, "sources.tsv", 1, text => text.Replace("notes_en", "notes_english", StringComparison.Ordinal));

        FluentActions.Invoking(() => SeedReader.Read(directory)).Should().Throw<SeedException>()
            .Which.Errors.Should().Contain(e => e.File == "sources.tsv" && e.Line == 1 && e.Reason.Contains("notes_en"));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]{2,} [A-Za-z]{2,}")]
    private static partial Regex EnglishPhrase();
}
