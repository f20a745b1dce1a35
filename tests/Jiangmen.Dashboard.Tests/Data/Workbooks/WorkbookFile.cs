using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiangmen.Dashboard.Tests.Data.Workbooks;

/// <summary>Reads and fills a workbook the way an analyst's spreadsheet program would leave it.</summary>
internal static class WorkbookFile
{
    /// <summary>
    /// Appends rows under the last filled row of a sheet. Each field is a text cell, except in <paramref name="numberColumns"/>
    /// (1-based), where Excel would have stored what was typed as a number.
    /// </summary>
    public static void Append(string path, string sheet, IEnumerable<string[]> rows, params int[] numberColumns)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var data = Worksheet(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
        var next = data.Elements<Row>().Select(r => r.RowIndex!.Value).DefaultIfEmpty(0u).Max() + 1;
        foreach (var fields in rows)
        {
            var row = new Row { RowIndex = next };
            for (var c = 0; c < fields.Length; c++)
            {
                if (fields[c].Length == 0)
                {
                    continue;
                }

                var reference = $"{Letters(c + 1)}{next}";
                row.Append(numberColumns.Contains(c + 1)
                    ? new Cell { CellReference = reference, CellValue = new CellValue(fields[c]) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(fields[c])) });
            }

            data.Append(row);
            next++;
        }
    }

    /// <summary>The text of every cell of a sheet, by reference (A1).</summary>
    public static Dictionary<string, string> Cells(string path, string sheet)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return Worksheet(document, sheet).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
    }

    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>Each drop-down list of a sheet: the cells it covers and the range its values come from.</summary>
    public static Dictionary<string, string> DropDowns(string path, string sheet)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return Worksheet(document, sheet).Worksheet.Descendants<DataValidation>()
            .ToDictionary(v => v.SequenceOfReferences!.InnerText!, v => v.Formula1!.Text);
    }

    private static WorksheetPart Worksheet(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)workbook.GetPartById(id);
    }

    private static string Letters(int column) => column <= 26 ? ((char)('A' + column - 1)).ToString() : Letters((column - 1) / 26) + (char)('A' + ((column - 1) % 26));
}
