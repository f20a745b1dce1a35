namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>A value in the indicator's unit, or why it could not be had exactly.</summary>
internal readonly record struct UnitConversionResult(UnitConversionOutcome Outcome, decimal Value);
