namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>A row an import adds to, changes in or removes from a seed file, with what changed in it.</summary>
public sealed record ImportChange(
    ImportChangeKind Kind, string File, string Key, string Summary, IReadOnlyList<(string Column, string Before, string After)> Differences)
{
    public string Describe(bool chinese)
    {
        var what = (File, chinese) switch
        {
            ("sources.tsv", true) => "来源",
            ("sources.tsv", false) => "source",
            (_, true) => "数据",
            _ => "figure",
        };
        var kind = (Kind, chinese) switch
        {
            (ImportChangeKind.Added, true) => "新增",
            (ImportChangeKind.Changed, true) => "修改",
            (ImportChangeKind.Removed, true) => "删除",
            (ImportChangeKind.Added, false) => "add",
            (ImportChangeKind.Changed, false) => "change",
            _ => "remove",
        };
        var line = chinese ? $"{kind}{what} {Key}:{Summary}" : $"{kind} {what} {Key}: {Summary}";
        return Differences.Count == 0 ? line : line + (chinese ? "。" : "; ") + string.Join(
            chinese ? ";" : "; ", Differences.Select(d => $"{d.Column} “{d.Before}” → “{d.After}”"));
    }
}
