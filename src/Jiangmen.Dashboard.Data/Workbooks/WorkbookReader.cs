using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>
/// Reads the Sources and Figures sheets of a filled workbook as rows of text, one field per seed column. What no seed
/// file could hold (a missing sheet, a wrong header, a tab or line break in a cell, an Excel error value, a cell right
/// of the table) is an error at its cell; everything else is left to the seed rules.
/// </summary>
internal static class WorkbookReader
{
    public static Dictionary<string, List<WorkbookRow>> Read(string path, List<WorkbookError> errors)
    {
        var result = WorkbookColumns.Sheets.Keys.ToDictionary(name => name, _ => new List<WorkbookRow>());
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException
            or UnauthorizedAccessException)
        {
            errors.Add(new WorkbookError(Path.GetFileName(path), $"not a readable .xlsx workbook ({ex.Message})",
                $"不是可读取的 .xlsx 工作簿({ex.Message})"));
            return result;
        }

        using (document)
        {
            try
            {
                var workbook = document.WorkbookPart;
                var strings = workbook?.SharedStringTablePart?.SharedStringTable;
                foreach (var (name, (_, columns)) in WorkbookColumns.Sheets)
                {
                    var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name);
                    if (sheet?.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part)
                    {
                        errors.Add(new WorkbookError(name, $"the workbook has no sheet named {name} (make it with the template command)",
                            $"工作簿中没有名为 {name} 的工作表(请用 template 命令生成工作簿)"));
                        continue;
                    }

                    result[name] = ReadSheet(name, columns, part, strings, errors);
                }
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException or FormatException)
            {
                errors.Add(new WorkbookError(Path.GetFileName(path), $"the workbook's content is damaged ({ex.Message})",
                    $"工作簿内容已损坏({ex.Message})"));
            }
        }

        return result;
    }

    private static List<WorkbookRow> ReadSheet(string name, IReadOnlyList<string> columns, WorksheetPart part, SharedStringTable? strings, List<WorkbookError> errors)
    {
        var rows = new List<WorkbookRow>();
        var headerSeen = false;
        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            if (rowNumber == 1)
            {
                headerSeen = true;
                CheckHeader(name, columns, row, strings, errors);
                continue;
            }

            var fields = new string[columns.Count];
            Array.Fill(fields, "");
            var columnNumber = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                columnNumber = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : columnNumber + 1;
                var at = $"{name}!{WorkbookColumns.Letters(columnNumber)}{rowNumber}";
                var text = Text(cell, strings, columnNumber <= columns.Count && columns[columnNumber - 1] == "published", at, errors);
                if (text.Length == 0)
                {
                    continue;
                }

                if (columnNumber > columns.Count)
                {
                    errors.Add(new WorkbookError(at, "a cell right of the table's last column", "单元格在表格最后一列的右边"));
                }
                else if (text.Contains('\t', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
                {
                    errors.Add(new WorkbookError(at, "a cell may not hold a tab or a line break", "单元格中不能有制表符或换行"));
                }
                else
                {
                    fields[columnNumber - 1] = text;
                }
            }

            if (fields.Any(f => f.Trim().Length > 0))
            {
                rows.Add(new WorkbookRow(name, rowNumber, fields));
            }
        }

        if (!headerSeen)
        {
            errors.Add(new WorkbookError($"{name}!A1", "the header row is missing", "缺少表头行"));
        }

        return rows;
    }

    /// <summary>Each header ends with its seed column's code; the Chinese label above it may be reworded.</summary>
    private static void CheckHeader(string name, IReadOnlyList<string> columns, Row row, SharedStringTable? strings, List<WorkbookError> errors)
    {
        var headers = new string[columns.Count];
        Array.Fill(headers, "");
        foreach (var cell in row.Elements<Cell>())
        {
            if (cell.CellReference?.Value is { } reference && ColumnOf(reference) is var c && c <= columns.Count)
            {
                headers[c - 1] = Text(cell, strings, published: false, reference, []);
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var code = headers[c].Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[^1].Trim();
            if (code != columns[c])
            {
                errors.Add(new WorkbookError($"{name}!{WorkbookColumns.Letters(c + 1)}1", $"the header must end with '{columns[c]}', found '{headers[c]}'",
                    $"表头应以“{columns[c]}”结尾,实为“{headers[c]}”"));
                return;
            }
        }
    }

    /// <summary>
    /// A cell as the text a seed file would hold. Excel keeps numbers as binary doubles: a number cell is read to the
    /// 15 significant digits Excel itself shows. A date typed into the published column becomes an ISO date.
    /// </summary>
    private static string Text(Cell cell, SharedStringTable? strings, bool published, string at, List<WorkbookError> errors)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            var item = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? strings?.Elements<SharedStringItem>().ElementAtOrDefault(i) : null;
            return item is null ? "" : Plain(item);
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Plain(inline) : "";
        }

        if (type == CellValues.Error)
        {
            errors.Add(new WorkbookError(at, $"the cell holds an Excel error ({raw})", $"单元格中是 Excel 错误值({raw})"));
            return "";
        }

        if (type == CellValues.String || type == CellValues.Boolean || raw.Length == 0)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        if (published && number == Math.Floor(number) && number is (>= 1 and < 1000) or (> 9999 and <= 2958465))
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Math.Abs(number) < 1e28 ? DecimalValue.Normalize((decimal)number).ToString(CultureInfo.InvariantCulture) : raw;
    }

    // Rich text is runs of text; phonetic guides (rPh) are not part of the cell's text.
    private static string Plain(OpenXmlElement item) => string.Concat(item.ChildElements.Select(e => e switch
    {
        Text text => text.Text,
        Run run => run.Text?.Text ?? "",
        _ => "",
    }));

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return column;
    }
}
