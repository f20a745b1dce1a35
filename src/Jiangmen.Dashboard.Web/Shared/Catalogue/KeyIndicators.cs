namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The key figures a reader asks of a county first, in this order: the compare page's "key figures" preset. One list,
/// so that every view that picks key figures picks the same ones.
/// </summary>
public static class KeyIndicators
{
    public static readonly IReadOnlyList<string> Codes = ["gdp", "gdp_growth", "gdp_per_capita", "resident_population"];
}
