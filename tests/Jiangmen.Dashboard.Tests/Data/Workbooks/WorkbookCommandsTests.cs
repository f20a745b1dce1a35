
namespace Jiangmen.Dashboard.Tests.Data.Workbooks;

/// <summary>`template` and `import` as an analyst runs them: the app's own commands, in a process of their own.</summary>
public sealed class WorkbookCommandsTests
{
    private static readonly Dictionary<string, string> Development = new() { ["ASPNETCORE_ENVIRONMENT"] = "Development" };

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        AppProcess.RunAsync(AppContext.BaseDirectory, Development, arguments);

    [Fact]
    public async Task Template_then_import_with_dry_run_then_import_merges_into_seeds_and_a_bad_workbook_changes_nothing()
    {
        var (directory, source, figures) = FiguresWorkbookTests.WithoutBulletin();
        var path = FiguresWorkbookTests.NewPath("figures.xlsx");

        var template = await RunAsync("template", path, "--seeds", directory);
        var again = await RunAsync("template", path, "--seeds", directory);

        template.ExitCode.Should().Be(0, template.Output);
        again.ExitCode.Should().Be(1, "a workbook that may hold an analyst's work is never overwritten");
        again.Output.Should().Contain("已存在");

        WorkbookFile.Append(path, "Sources", [source]);
        WorkbookFile.Append(path, "Figures", figures);
        var before = FiguresWorkbookTests.Snapshot(directory);

        var dryRun = await RunAsync("import", path, "--dry-run", "--seeds", directory);

        dryRun.ExitCode.Should().Be(0, dryRun.Output);
        dryRun.Output.Should().Contain($"新增来源 {FiguresWorkbookTests.Bulletin}:2022年台山市国民经济和社会发展统计公报")
            .And.Contain($"来源:新增 1,修改 0;数据:新增 {figures.Count},修改 0,删除 0").And.Contain("试运行:seeds/ 未做任何修改");
        FiguresWorkbookTests.Snapshot(directory).Should().Be(before);

        var bad = FiguresWorkbookTests.Filled(directory, source, figures.Select((f, i) => i == 0 ? [.. f[..2], "gdp_per_cat", .. f[3..]] : f));
        var rejected = await RunAsync("import", bad, "--seeds", directory, "--culture", "en");

        rejected.ExitCode.Should().Be(1);
        rejected.Output.Should().Contain("Figures!C2: unknown indicator 'gdp_per_cat'").And.Contain("seeds/ was not changed");
        FiguresWorkbookTests.Snapshot(directory).Should().Be(before);

        var import = await RunAsync("import", path, "--seeds", directory, "--culture", "en");

        import.ExitCode.Should().Be(0, import.Output);
        import.Output.Should().Contain($"sources: 1 added, 0 changed; figures: {figures.Count} added, 0 changed, 0 removed");
        FiguresWorkbookTests.Snapshot(directory).Should().Be(FiguresWorkbookTests.Snapshot(Seeds.Directory));
    }
}
