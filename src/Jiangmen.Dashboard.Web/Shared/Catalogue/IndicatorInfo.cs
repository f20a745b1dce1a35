using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>What is measured, with its unit in both languages.</summary>
public sealed record IndicatorInfo(
    string Code, string NameZh, string NameEn, string UnitZh, string UnitEn, CategoryInfo Category, int Decimals, string? NotesZh, string? NotesEn)
{
    public string Name => Text.Pick(NameZh, NameEn);

    public string OtherName => Text.Pick(NameEn, NameZh);

    public string Unit => Text.Pick(UnitZh, UnitEn);

    public string? Notes => Text.PickOptional(NotesZh, NotesEn);

    /// <summary>
    /// A value of this indicator with its decimals, as the source writes it: 516.5 of GDP (decimals 2) is 516.50. A
    /// digit the value has beyond them is kept, never rounded away. Pages, downloads and the API all show this.
    /// </summary>
    public decimal WithDecimals(decimal value) => DecimalValue.Normalize(value) + new decimal(0, 0, 0, false, (byte)Decimals);

    /// <summary>
    /// Whether a county's value is a part of the city's (an amount, a count), so that a share of the city total means
    /// something. Rates and ranks do not add up.
    /// </summary>
    public bool AddsUp => UnitEn is not ("%" or "rank");
}
