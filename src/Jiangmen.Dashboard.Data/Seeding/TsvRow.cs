using System.Globalization;

namespace Jiangmen.Dashboard.Data.Seeding;

internal sealed class TsvRow(string file, int line, IReadOnlyList<string> columns, string[] fields, List<SeedError> errors)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    public SeedError ErrorAt(string column, string reason, string reasonZh) => new(File, Line, ColumnNumber(column), reason, reasonZh);

    public void Fail(string column, string reason, string reasonZh) => errors.Add(ErrorAt(column, reason, reasonZh));

    public string Required(string column)
    {
        var value = fields[ColumnNumber(column) - 1];
        if (value.Trim().Length == 0)
        {
            Fail(column, $"{column} is required", $"{column} 必须填写");
        }
        else if (value != value.Trim())
        {
            Fail(column, $"{column} has leading or trailing spaces", $"{column} 开头或结尾有空格");
        }

        return value;
    }

    public string? Optional(string column)
    {
        var value = fields[ColumnNumber(column) - 1];
        if (value != value.Trim())
        {
            Fail(column, $"{column} has leading or trailing spaces", $"{column} 开头或结尾有空格");
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// A plain invariant decimal: digits, one optional point, optional minus. No separators, no exponent. It keeps the
    /// decimals as written (516.50 has a scale of 2), which is the precision its source states.
    /// </summary>
    public decimal Decimal(string column)
    {
        var text = Required(column);
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (text.Length > 0)
        {
            Fail(column, $"{column} '{text}' is not a number (write it plainly, e.g. 4022.25)",
                $"{column}“{text}”不是数字(请只写数字,例如 4022.25)");
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

        Fail(column, $"{column} '{text}' is not a whole number", $"{column}“{text}”不是整数");
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
            var list = string.Join(", ", allowed.Keys);
            Fail(column, $"unknown {column} '{text}'; allowed: {list}", $"未知的 {column}“{text}”;可选:{list}");
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
