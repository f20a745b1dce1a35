namespace Jiangmen.Dashboard.Data;

public static class DecimalValue
{
    /// <summary>
    /// The same value without trailing zeros (516.50 becomes 516.5, 500.0 becomes 500). Values are stored and shown
    /// this way on both providers: SQLite hands 500 back as 500.0, so trailing zeros never say anything about a source.
    /// </summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// The value with at least <paramref name="decimals"/> digits after the point (516.5 with 2 is 516.50); a digit it
    /// has beyond them is kept, never rounded away.
    /// </summary>
    public static decimal WithDecimals(decimal value, int decimals) => Normalize(value) + new decimal(0, 0, 0, false, (byte)decimals);
}
