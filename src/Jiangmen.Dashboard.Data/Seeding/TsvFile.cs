using System.Globalization;
using System.Text;

namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// A seeds/ table: UTF-8, tab-separated, one header row whose names must be exactly the expected ones.
/// Every accessor records an error against the row's line and the field's column instead of throwing,
/// so one pass reports every problem in the file.
/// </summary>
internal sealed class TsvFile
{
    private TsvFile(IReadOnlyList<string> columns, IReadOnlyList<TsvRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<TsvRow> Rows { get; }

    public static TsvFile Read(string directory, string name, IReadOnlyList<string> columns, List<SeedError> errors)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            errors.Add(new SeedError(name, 0, 0, "file is missing", "文件缺失"));
            return new TsvFile(columns, []);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new SeedError(name, 0, 0, "file is not valid UTF-8", "文件不是有效的 UTF-8 编码"));
            return new TsvFile(columns, []);
        }

        var lines = text.TrimStart('\uFEFF').Split('\n');
        var rows = new List<TsvRow>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNumber = i + 1;
            var fields = line.Split('\t');
            if (i == 0)
            {
                CheckHeader(name, columns, fields, errors);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (fields.Length != columns.Count)
            {
                errors.Add(new SeedError(name, lineNumber, Math.Min(fields.Length, columns.Count) + 1,
                    $"expected {columns.Count} tab-separated fields, found {fields.Length}",
                    $"应有 {columns.Count} 个以制表符分隔的字段,实有 {fields.Length} 个"));
                continue;
            }

            rows.Add(new TsvRow(name, lineNumber, columns, fields, errors));
        }

        return new TsvFile(columns, rows);
    }

    private static void CheckHeader(string name, IReadOnlyList<string> columns, string[] fields, List<SeedError> errors)
    {
        for (var c = 0; c < Math.Max(columns.Count, fields.Length); c++)
        {
            var expected = c < columns.Count ? columns[c] : "(nothing)";
            var found = c < fields.Length ? fields[c] : "(nothing)";
            if (expected != found)
            {
                errors.Add(new SeedError(name, 1, c + 1, $"header column {c + 1} must be '{expected}', found '{found}'",
                    $"表头第 {c + 1} 列应为“{expected}”,实为“{found}”"));
                return;
            }
        }
    }
}
