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
    private TsvFile(string name, IReadOnlyList<string> columns, IReadOnlyList<TsvRow> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
    }

    public string Name { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<TsvRow> Rows { get; }

    public static TsvFile Read(string directory, string name, IReadOnlyList<string> columns, List<SeedError> errors)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            errors.Add(new SeedError(name, 0, 0, "file is missing"));
            return new TsvFile(name, columns, []);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new SeedError(name, 0, 0, "file is not valid UTF-8"));
            return new TsvFile(name, columns, []);
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
                    $"expected {columns.Count} tab-separated fields, found {fields.Length}"));
                continue;
            }

            rows.Add(new TsvRow(name, lineNumber, columns, fields, errors));
        }

        return new TsvFile(name, columns, rows);
    }

    private static void CheckHeader(string name, IReadOnlyList<string> columns, string[] fields, List<SeedError> errors)
    {
        for (var c = 0; c < Math.Max(columns.Count, fields.Length); c++)
        {
            var expected = c < columns.Count ? columns[c] : "(nothing)";
            var found = c < fields.Length ? fields[c] : "(nothing)";
            if (expected != found)
            {
                errors.Add(new SeedError(name, 1, c + 1, $"header column {c + 1} must be '{expected}', found '{found}'"));
                return;
            }
        }
    }
}

internal sealed class TsvRow(string file, int line, IReadOnlyList<string> columns, string[] fields, List<SeedError> errors)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    public SeedError ErrorAt(string column, string reason) => new(File, Line, ColumnNumber(column), reason);

    public void Fail(string column, string reason) => errors.Add(ErrorAt(column, reason));

    public string Required(string column)
    {
        var value = fields[ColumnNumber(column) - 1];
        if (value.Trim().Length == 0)
        {
            Fail(column, $"{column} is required");
        }
        else if (value != value.Trim())
        {
            Fail(column, $"{column} has leading or trailing spaces");
        }

        return value;
    }

    public string? Optional(string column)
    {
        var value = fields[ColumnNumber(column) - 1];
        if (value != value.Trim())
        {
            Fail(column, $"{column} has leading or trailing spaces");
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>A plain invariant decimal: digits, one optional point, optional minus. No separators, no exponent.</summary>
    public decimal Decimal(string column)
    {
        var text = Required(column);
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return DecimalValue.Normalize(value);
        }

        if (text.Length > 0)
        {
            Fail(column, $"{column} '{text}' is not a number (write it plainly, e.g. 4022.25)");
        }

        return 0;
    }

    public int Int(string column) => ParseInt(column, Required(column)) ?? 0;

    public int? OptionalInt(string column) => ParseInt(column, Optional(column));

    private int? ParseInt(string column, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(column, $"{column} '{text}' is not a whole number");
        return null;
    }

    /// <summary>One of a closed list of codes, such as a qualifier.</summary>
    public T Code<T>(string column, IReadOnlyDictionary<string, T> allowed)
        where T : struct
    {
        var text = Required(column);
        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        if (text.Length > 0)
        {
            Fail(column, $"unknown {column} '{text}'; allowed: {string.Join(", ", allowed.Keys)}");
        }

        return default;
    }

    public IReadOnlyList<string> List(string column) =>
        Optional(column)?.Split(';') ?? [];

    private int ColumnNumber(string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"No column {column} in {File}", nameof(column));
    }
}
