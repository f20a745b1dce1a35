namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// A value in the indicator's unit with the decimals the source's precision gives there (12340 万元 is 1.2340 亿元: 4), or
/// why it could not be had exactly.
/// </summary>
internal readonly record struct UnitConversionResult(UnitConversionOutcome Outcome, decimal Value, int Decimals = 0);
