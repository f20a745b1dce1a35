namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A bar of a one-series chart, and the page its label links to.</summary>
public sealed record ChartPoint(string Label, ChartValue Value, string? Href)
{
    public static ChartPoint From(string label, ObservationRow row, bool highlight, string? href) =>
        new(label, ChartValue.From(row, highlight), href);
}
