using System.Globalization;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Figures;

/// <summary>
/// A bar chart of one unit and the table that carries the same data: one bar group per label (a region),
/// one series per indicator. The page writes the data as JSON (no inline script); wwwroot/js/charts.js draws it.
/// </summary>
public sealed record ChartView(string Id, string Title, string Unit, IReadOnlyList<ChartLabel> Labels, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The common case: one series, one value per region.</summary>
    public static ChartView OneSeries(string id, string title, string unit, IReadOnlyList<ChartPoint> points) =>
        new(id, title, unit, points.Select(p => new ChartLabel(p.Label, p.Href)).ToList(),
            [new ChartSeries(title, points.Select(p => (ChartValue?)new ChartValue(p.Value, p.Display, p.Mark, p.Highlight)).ToList())]);


    public string Json => PageJson.Serialize(new
    {
        title = Title,
        unit = Unit,
        locale = CultureInfo.CurrentCulture.Name,
        labels = Labels.Select(l => l.Text),
        series = Series.Select(s => new
        {
            name = s.Name,
            values = s.Values.Select(v => v?.Value),
            display = s.Values.Select(v => v?.Display ?? Text.Get("NoValue")),
            marks = s.Values.Select(v => v?.Mark ?? ""),
            highlight = s.Values.Select(v => v?.Highlight ?? false),
        }),
    });

    public bool HasQualified => Series.Any(s => s.Values.Any(v => v is { Mark.Length: > 0 }));

    public bool HasGaps => Series.Any(s => s.Values.Any(v => v is null));
}

public sealed record ChartLabel(string Text, string? Href);

public sealed record ChartSeries(string Name, IReadOnlyList<ChartValue?> Values);

public sealed record ChartValue(decimal Value, string Display, string Mark, bool Highlight);

public sealed record ChartPoint(string Label, decimal Value, string Display, string Mark, bool Highlight, string? Href)
{
    public static ChartPoint From(string label, decimal value, Qualifier qualifier, bool highlight, string? href) =>
        new(label, value, Text.Value(value, qualifier), Text.Mark(qualifier), highlight, href);
}
