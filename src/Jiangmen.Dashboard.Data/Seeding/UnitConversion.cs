namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// Converts a value from the unit a source writes to its indicator's unit, in exact decimal arithmetic. Only units
/// that differ by a power of ten convert (万元 to 亿元, 万人 to 人); anything else must already be the indicator's unit.
/// </summary>
internal static class UnitConversion
{
    private static readonly Dictionary<string, (string Measure, int PowerOfTen)> Scaled = new(StringComparer.Ordinal)
    {
        ["元"] = ("yuan", 0),
        ["万元"] = ("yuan", 4),
        ["亿元"] = ("yuan", 8),
        ["人"] = ("people", 0),
        ["万人"] = ("people", 4),
    };

    // A count of people has no fractions: 90.77441万人 is not a number of 人.
    private static readonly HashSet<string> WholeCounts = new(StringComparer.Ordinal) { "人" };

    /// <summary>The units a source may write that convert to another one, for the workbook's list of units.</summary>
    public static IEnumerable<string> ConvertibleUnits => Scaled.Keys;

    public static UnitConversionResult Convert(decimal value, string from, string to)
    {
        if (from == to)
        {
            return new(UnitConversionOutcome.Converted, value, value.Scale);
        }

        if (!Scaled.TryGetValue(from, out var source) || !Scaled.TryGetValue(to, out var target) || source.Measure != target.Measure)
        {
            return new(UnitConversionOutcome.NotConvertible, 0);
        }

        var factor = PowerOfTen(Math.Abs(source.PowerOfTen - target.PowerOfTen));
        decimal converted;
        try
        {
            converted = source.PowerOfTen > target.PowerOfTen ? value * factor : value / factor;
        }
        catch (OverflowException)
        {
            return new(UnitConversionOutcome.Inexact, 0);
        }

        // decimal keeps 28 digits: a division that needed more was rounded, and the way back shows it.
        var back = source.PowerOfTen > target.PowerOfTen ? converted / factor : converted * factor;
        if (back != value)
        {
            return new(UnitConversionOutcome.Inexact, 0);
        }

        if (WholeCounts.Contains(to) && converted != decimal.Truncate(converted))
        {
            return new(UnitConversionOutcome.NotWhole, 0);
        }

        return new(UnitConversionOutcome.Converted, DecimalValue.Normalize(converted), Math.Max(0, value.Scale + target.PowerOfTen - source.PowerOfTen));
    }

    private static decimal PowerOfTen(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
