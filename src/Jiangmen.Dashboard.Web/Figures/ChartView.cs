using System.Globalization;
using System.Text.Json;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Figures;

/// <summary>
/// A bar chart and the table that carries the same data. The page writes the data as JSON
/// (no inline script); wwwroot/js/charts.js draws it.
/// </summary>
public sealed record ChartView(string Id, string Title, string Unit, IReadOnlyList<ChartPoint> Points)
{
    public string Json => JsonSerializer.Serialize(new
    {
        title = Title,
        unit = Unit,
        locale = CultureInfo.CurrentCulture.Name,
        labels = Points.Select(p => p.Label),
        values = Points.Select(p => p.Value),
        display = Points.Select(p => p.Display),
        marks = Points.Select(p => p.Mark),
        highlight = Points.Select(p => p.Highlight),
        qualifiedNote = Text.Get("ChartQualifiedNote"),
    });

    public bool HasQualified => Points.Any(p => p.Mark.Length > 0);
}

public sealed record ChartPoint(string Label, decimal Value, string Display, string Mark, bool Highlight, string? Href)
{
    public static ChartPoint From(string label, decimal value, Qualifier qualifier, bool highlight, string? href) =>
        new(label, value, Text.Value(value, qualifier), Text.Mark(qualifier), highlight, href);
}
