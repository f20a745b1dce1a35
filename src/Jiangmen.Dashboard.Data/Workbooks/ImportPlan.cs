namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>
/// What importing a workbook would do: its errors (and then nothing else), or the rows it adds, changes and removes
/// and the full text of each seed file it rewrites.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<WorkbookError> Errors, IReadOnlyList<ImportChange> Changes, IReadOnlyDictionary<string, string> Files)
{
    public static ImportPlan Rejected(IReadOnlyList<WorkbookError> errors) => new(errors, [], new Dictionary<string, string>());

    public int Count(ImportChangeKind kind, string file) => Changes.Count(c => c.Kind == kind && c.File == file);

    /// <summary>One line: how many sources and figures are added, changed and removed.</summary>
    public string Summary(bool chinese) => chinese
        ? $"来源:新增 {Count(ImportChangeKind.Added, "sources.tsv")},修改 {Count(ImportChangeKind.Changed, "sources.tsv")};"
          + $"数据:新增 {Count(ImportChangeKind.Added, "observations.tsv")},修改 {Count(ImportChangeKind.Changed, "observations.tsv")},"
          + $"删除 {Count(ImportChangeKind.Removed, "observations.tsv")}"
        : $"sources: {Count(ImportChangeKind.Added, "sources.tsv")} added, {Count(ImportChangeKind.Changed, "sources.tsv")} changed; "
          + $"figures: {Count(ImportChangeKind.Added, "observations.tsv")} added, {Count(ImportChangeKind.Changed, "observations.tsv")} changed, "
          + $"{Count(ImportChangeKind.Removed, "observations.tsv")} removed";
}
