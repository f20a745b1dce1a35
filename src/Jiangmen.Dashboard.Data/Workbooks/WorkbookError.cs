namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>
/// One problem in an imported workbook, at a cell (<c>Figures!E3</c>) or, for a row of seeds/ the workbook did not
/// write, at a file position (<c>observations.tsv:12:10</c>); the reason in English and in Chinese.
/// </summary>
public sealed record WorkbookError(string Location, string Reason, string ReasonZh)
{
    public string Describe(bool chinese) => $"{Location}: {(chinese ? ReasonZh : Reason)}";

    public override string ToString() => Describe(chinese: false);
}
