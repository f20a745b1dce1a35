using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Data.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Tests.Data.Workbooks;

/// <summary>
/// The analysts' round trip: a workbook written by the template, filled with a source and its figures, imports into a
/// copy of seeds/ and loads; a malformed one is rejected whole, cell by cell, and changes nothing. The filled rows are
/// real ones: a source and its figures are taken out of the copy of seeds/, then brought back through the workbook.
/// </summary>
public sealed class FiguresWorkbookTests
{
    // The 2022 Taishan bulletin: figures in 亿元, %, 万人 and a per-capita GDP written in 万元, notes in both languages.
    internal const string Bulletin = "taishan-2022-statistical-bulletin";

    internal static string NewPath(string name) => Path.Combine(Seeds.Copy(), "..", $"{Guid.NewGuid():N}-{name}");

    private static List<string[]> Rows(string directory, string file, Func<string[], bool> which) =>
        File.ReadAllText(Path.Combine(directory, file)).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Where(which).ToList();

    /// <summary>A copy of seeds/ without the bulletin and its figures, and those rows.</summary>
    internal static (string Directory, string[] Source, List<string[]> Figures) WithoutBulletin()
    {
        var directory = Seeds.Copy();
        var source = Rows(directory, "sources.tsv", r => r[0] == Bulletin).Single();
        var figures = Rows(directory, "observations.tsv", r => r[7] == Bulletin);
        foreach (var (file, column) in new[] { ("sources.tsv", 0), ("observations.tsv", 7) })
        {
            var path = Path.Combine(directory, file);
            var kept = File.ReadAllText(path).Split('\n').Where(l => l.Split('\t').ElementAtOrDefault(column) != Bulletin);
            File.WriteAllText(path, string.Join('\n', kept));
        }

        return (directory, source, figures);
    }

    private static string Template(string directory)
    {
        var path = NewPath("figures.xlsx");
        FiguresTemplate.Write(path, SeedReader.Read(directory));
        return path;
    }

    internal static string Snapshot(string directory) => string.Join("\n---\n",
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    [Fact]
    public void The_template_has_bilingual_headers_of_the_seed_columns_and_drop_downs_of_the_catalogue()
    {
        var path = Template(Seeds.Directory);
        var seeds = SeedReader.Read(Seeds.Directory);

        WorkbookFile.SheetNames(path).Should().Equal("ReadMe", "Sources", "Figures", "Lists");
        var figures = WorkbookFile.Cells(path, "Figures");
        figures["C1"].Should().Be("指标代码\nindicator");
        figures["I1"].Should().Be("引文(逐字照录)\nquote");
        figures.Keys.Should().HaveCount(SeedReader.ObservationColumns.Count, "the sheet is empty but for its headers");
        WorkbookFile.Cells(path, "Sources")["K1"].Should().Be("来源等级\ngrade");

        var dropDowns = WorkbookFile.DropDowns(path, "Figures");
        dropDowns.Keys.Should().BeEquivalentTo(["A2:A2000", "B2:B2000", "C2:C2000", "F2:F2000", "G2:G2000", "H2:H2000", "J2:J2000"],
            "subject kind, subject, indicator, unit, qualifier, source and revises are chosen from lists");
        dropDowns["H2:H2000"].Should().Be("Sources!$A$2:$A$2000", "a figure cites a source of the Sources sheet");
        WorkbookFile.DropDowns(path, "Sources").Should().ContainKey("K2:K2000");

        var lists = WorkbookFile.Cells(path, "Lists");
        var listed = (string column) => lists.Where(c => c.Key.StartsWith(column, StringComparison.Ordinal) && c.Key[column.Length..].All(char.IsDigit))
            .Where(c => c.Key != column + "1").Select(c => c.Value).ToList();
        var ranges = dropDowns.Values.Where(v => v.StartsWith("Lists!", StringComparison.Ordinal)).Select(v => v.Split('$')[1]).ToList();
        ranges.Select(listed).Should().Contain(l => l.Contains("440705") && l.Contains("jiangmen-main-platform"), "regions and other subjects");
        ranges.Select(listed).Should().Contain(l => seeds.Indicators.All(i => l.Contains(i.Code)), "every indicator of the catalogue");
        listed(dropDowns["G2:G2000"].Split('$')[1]).Should().Equal("exact", "more_than", "at_least", "about");
        listed(WorkbookFile.DropDowns(path, "Sources")["K2:K2000"].Split('$')[1]).Should()
            .Equal("official", "official_copy", "research_compilation", "research_dataset", "secondary");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filled_template_imports_into_seeds_exactly_as_the_rows_were_and_loads(string provider)
    {
        var (directory, source, figures) = WithoutBulletin();
        var path = Template(directory);
        WorkbookFile.Append(path, "Sources", [source]);
        // The year typed as a number, as Excel stores it; values typed into the template's text cells stay as written.
        WorkbookFile.Append(path, "Figures", figures, numberColumns: 4);

        var plan = WorkbookImport.Plan(path, directory);

        plan.Errors.Should().BeEmpty();
        plan.Changes.Should().HaveCount(1 + figures.Count).And.OnlyContain(c => c.Kind == ImportChangeKind.Added);
        plan.Summary(chinese: true).Should().Be($"来源:新增 1,修改 0;数据:新增 {figures.Count},修改 0,删除 0");
        plan.Changes.Select(c => c.Describe(chinese: true)).Should().Contain($"新增来源 {Bulletin}:2022年台山市国民经济和社会发展统计公报")
            .And.Contain($"新增数据 region · 440781 · gdp_per_capita · 2022 · {Bulletin}:5.73 万元 (exact)");

        WorkbookImport.Apply(plan, directory);

        Snapshot(directory).Should().Be(Snapshot(Seeds.Directory), "the imported rows land where they were, byte for byte, sorted");
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(directory));
        (await db.Observations.CountAsync(o => o.SourceId == Bulletin)).Should().Be(figures.Count);
        (await db.Observations.SingleAsync(o => o.SourceId == Bulletin && o.IndicatorCode == "gdp_per_capita")).Value.Should().Be(57300m);
    }

    [Fact]
    public void A_workbook_holds_its_sources_whole_so_a_new_value_is_a_change_and_a_figure_left_out_is_removed()
    {
        var directory = Seeds.Copy();
        var source = Rows(directory, "sources.tsv", r => r[0] == Bulletin).Single();
        var figures = Rows(directory, "observations.tsv", r => r[7] == Bulletin);
        var revised = figures.Select(f => f[2] == "gdp" ? [.. f[..4], "516.51", .. f[5..]] : f).ToList();

        var changed = WorkbookImport.Plan(Filled(directory, source, revised), directory);
        var removed = WorkbookImport.Plan(Filled(directory, source, figures.Where(f => f[2] != "gdp_growth")), directory);

        changed.Summary(chinese: false).Should().Be("sources: 0 added, 0 changed; figures: 0 added, 1 changed, 0 removed");
        changed.Changes.Single().Describe(chinese: false).Should().EndWith("value “516.50” → “516.51”");
        removed.Summary(chinese: false).Should().Be("sources: 0 added, 0 changed; figures: 0 added, 0 changed, 1 removed");
        removed.Changes.Single().Describe(chinese: true).Should().StartWith($"删除数据 region · 440781 · gdp_growth · 2022 · {Bulletin}");
    }

    internal static string Filled(string directory, string[] source, IEnumerable<string[]> figures)
    {
        var path = Template(directory);
        WorkbookFile.Append(path, "Sources", [source]);
        WorkbookFile.Append(path, "Figures", figures);
        return path;
    }

    [Fact]
    public void A_malformed_workbook_is_rejected_whole_with_each_bad_cell_named_in_chinese_and_english()
    {
        var (directory, source, figures) = WithoutBulletin();
        var before = Snapshot(directory);
        var rows = figures.Select(f => (string[])f.Clone()).ToList();
        rows[0][2] = "gdp_per_cat";   // Figures!C2: a code the catalogue does not have
        rows[1][4] = "约516";         // Figures!E3: text in a number cell
        rows[2][8] = "";              // Figures!I4: no quote
        var path = Filled(directory, source, rows);

        var plan = WorkbookImport.Plan(path, directory);

        plan.Errors.Select(e => e.Location).Should().BeEquivalentTo(["Figures!C2", "Figures!E3", "Figures!I4"]);
        plan.Errors.Select(e => e.Describe(chinese: true)).Should().BeEquivalentTo(
        [
            "Figures!C2: 未知的指标“gdp_per_cat”(indicators.tsv 中没有)",
            "Figures!E3: value“约516”不是数字(请只写数字,例如 4022.25)",
            "Figures!I4: quote 必须填写",
        ]);
        plan.Errors.Single(e => e.Location == "Figures!C2").Describe(chinese: false).Should().Be("Figures!C2: unknown indicator 'gdp_per_cat' (not in indicators.tsv)");
        plan.Changes.Should().BeEmpty();
        plan.Files.Should().BeEmpty();
        FluentActions.Invoking(() => WorkbookImport.Apply(plan, directory)).Should().Throw<InvalidOperationException>();
        Snapshot(directory).Should().Be(before, "nothing was written");
    }

    [Fact]
    public void A_figure_citing_a_source_not_on_the_sheet_and_a_cell_with_a_line_break_are_named()
    {
        var (directory, source, figures) = WithoutBulletin();
        var rows = figures.Take(2).Select(f => (string[])f.Clone()).ToList();
        rows[0][7] = Seeds.ReportSourceId;
        rows[1][11] = "two\nlines";
        var path = Filled(directory, source, rows);

        WorkbookImport.Plan(path, directory).Errors.Select(e => (e.Location, e.Reason[..20])).Should().BeEquivalentTo(
        [
            ("Figures!H2", "source 'jmdrc-2024-c"),
            ("Figures!L3", "a cell may not hold "),
        ]);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_or_lacks_its_sheets_is_rejected()
    {
        var garbage = NewPath("figures.xlsx");
        File.WriteAllText(garbage, "region\tgdp\n");
        WorkbookImport.Plan(garbage, Seeds.Copy()).Errors.Should().ContainSingle().Which.Reason.Should().StartWith("not a readable .xlsx workbook");

        var path = Template(Seeds.Directory);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, isEditable: true))
        {
            var sheets = document.WorkbookPart!.Workbook.Sheets!;
            sheets.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Figures").Name = "Data";
        }

        WorkbookImport.Plan(path, Seeds.Copy()).Errors.Should().ContainSingle()
            .Which.Describe(chinese: true).Should().Be("Figures: 工作簿中没有名为 Figures 的工作表(请用 template 命令生成工作簿)");
    }
}
