using Jiangmen.Dashboard.Tests.Shared.Tables;

namespace Jiangmen.Dashboard.Tests.Partnerships;

/// <summary>
/// Source titles and notes and a project's investor and beneficiaries in the reader's language; the report's stored copy
/// is never named by its file; the source list's download carries both languages of the notes.
/// </summary>
public sealed class BilingualDataPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Theory]
    [InlineData("/partnerships/heshan-kaiping", "鹤山、开平", "结对产业项目")]
    [InlineData("/en/partnerships/heshan-kaiping", "Heshan City and Kaiping City", "industrial projects of the pairing")]
    public async Task A_funds_investor_and_beneficiaries_are_in_the_readers_language(string address, string investor, string beneficiaries)
    {
        var (_, page) = await fixture.GetAsync(address);

        var fund = page.QuerySelectorAll("table.projects tbody tr").Single(r => r.TextContent.Contains(investor, StringComparison.Ordinal));
        fund.TextContent.Should().Contain(beneficiaries);
    }

    [Theory]
    [InlineData("/sources/jmdrc-2024-county-economy", "全文按字节原样存档", "kept byte-exact")]
    [InlineData("/en/sources/jmdrc-2024-county-economy", "full text kept byte-exact", "全文按字节")]
    public async Task A_source_page_gives_its_notes_in_the_readers_language_and_no_stored_copys_file_name(string address, string note, string otherLanguage)
    {
        var (_, page) = await fixture.GetAsync(address);

        var notes = page.QuerySelector("p.source-notes")!;
        notes.TextContent.Should().Contain(note).And.NotContain(otherLanguage);
        page.Body!.TextContent.Should().NotContain("seed/000_").And.NotContain("texts/jmdrc");
    }

    [Fact]
    public async Task A_chinese_citation_gives_the_chinese_title_and_an_english_one_the_english()
    {
        var (_, zh) = await fixture.GetAsync("/sources/kaiping-gov-kpzx-3029558");
        var (_, en) = await fixture.GetAsync("/en/sources/kaiping-gov-kpzx-3029558");

        zh.QuerySelector("h1")!.TextContent.Should().Be("开平资讯（开平市政府网站新闻）");
        zh.QuerySelector("#cite-text")!.TextContent.Should().Contain("《开平资讯（开平市政府网站新闻）》").And.NotContain("news item");
        en.QuerySelector("h1")!.TextContent.Should().Be("Kaiping News (news item of the Kaiping government site)");
    }

    [Fact]
    public async Task The_source_lists_download_has_the_notes_in_both_languages()
    {
        using var client = fixture.App.CreateClient();
        var (_, _, rows) = await CsvTests.DownloadAsync(client, "/sources.csv");

        var report = rows.Single(r => r["source_id"] == "jmdrc-2024-county-economy");
        report["notes_zh"].Should().StartWith("标题为描述性标题");
        report["notes_en"].Should().StartWith("Title is descriptive");
        report["read_at"].Should().BeEmpty("the report's stored copy is a file of this project, not a place a reader can go");
    }
}
