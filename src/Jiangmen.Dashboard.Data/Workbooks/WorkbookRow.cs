namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>A filled row of a data sheet: its fields in the order of its seed file's columns.</summary>
internal sealed record WorkbookRow(string Sheet, int Row, string[] Fields)
{
    public string Cell(int column) => $"{Sheet}!{WorkbookColumns.Letters(column)}{Row}";
}
