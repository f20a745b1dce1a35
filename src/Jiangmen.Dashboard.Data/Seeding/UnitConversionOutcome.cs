namespace Jiangmen.Dashboard.Data.Seeding;

internal enum UnitConversionOutcome
{
    Converted,
    NotConvertible,
    NotWhole,
    Inexact,
}
