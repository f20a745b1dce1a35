using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// One column of a table's downloads: its name in the header, its type, what it means (a key of <see cref="Strings"/>,
/// written in both languages in the metadata), its unit, and how a row fills its cell.
/// </summary>
public sealed record Column<TRow>(string Name, string Type, string Description, Func<TRow, string> Cell)
{
    /// <summary>A fixed unit for every row (a count of figures); a key of <see cref="Strings"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The column that names each row's unit, where the unit varies by row (a value).</summary>
    public string? UnitColumn { get; init; }

    /// <summary>A number column's value, for a spreadsheet's number cell; its scale is the decimals to show.</summary>
    public Func<TRow, decimal?>? Numeric { get; init; }
}

/// <summary>The kinds of column a table's downloads have.</summary>
public static class Column
{
    /// <summary>Text, neutralised against formula injection (<see cref="CsvFile.Safe"/>).</summary>
    public static Column<TRow> Text<TRow>(string name, string description, Func<TRow, string?> value) =>
        new(name, "string", description, row => CsvFile.Safe(value(row)));

    /// <summary>A plain invariant number with the decimals it carries (516.50); empty where there is none.</summary>
    public static Column<TRow> Number<TRow>(string name, string description, Func<TRow, decimal?> value, string unitColumn) =>
        new(name, "number", description, row => value(row) is { } v ? v.ToString(CultureInfo.InvariantCulture) : "")
        {
            UnitColumn = unitColumn,
            Numeric = value,
        };

    /// <summary>A whole number with a fixed unit.</summary>
    public static Column<TRow> Count<TRow>(string name, string description, string unit, Func<TRow, int> value) =>
        new(name, "integer", description, row => value(row).ToString(CultureInfo.InvariantCulture)) { Unit = unit, Numeric = row => value(row) };
}
