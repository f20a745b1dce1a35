using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A bar chart of one unit and the table that carries the same data: one bar group per label (a region),
/// one series per indicator. The page writes the data as JSON (no inline script); wwwroot/js/charts.js draws it.
/// <see cref="FileName"/> is what its image downloads are saved as (jiangmen-gdp-2023).
/// </summary>
public sealed record ChartView(string Id, string FileName, string Title, string Unit, IReadOnlyList<ChartLabel> Labels, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The common case: one series, one value per region.</summary>
    public static ChartView OneSeries(string id, string fileName, string title, string unit, IReadOnlyList<ChartPoint> points) =>
        new(id, fileName, title, unit, points.Select(p => new ChartLabel(p.Label, p.Href)).ToList(),
            [new ChartSeries(title, points.Select(p => (ChartValue?)p.Value).ToList())]);

    /// <summary>
    /// One line per subject over the years, where <paramref name="figures"/> (one a subject and period, as a chart takes
    /// them) span two or more periods; else null. Where the periods are years the axis has every year from the first to
    /// the last, so a year no source gives is a gap in the line, never bridged. Its image is saved as
    /// jiangmen-{name}-{first}-{last}[-{suffix}].
    /// </summary>
    public static ChartView? OverTheYears(string id, string name, string suffix, string title, string unit, IReadOnlyList<ObservationRow> figures)
    {
        var periods = figures.Select(f => f.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        if (periods.Count < 2)
        {
            return null;
        }

        var years = periods.Select(p => p.Length == 4 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null).ToList();
        if (years.All(y => y is not null))
        {
            periods = [.. Enumerable.Range(years.Min()!.Value, years.Max()!.Value - years.Min()!.Value + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))];
        }

        return new ChartView(id, ImageCaption.FileName(name, periods[0], periods[^1], suffix), title, unit,
            [.. periods.Select(p => new ChartLabel(p, null))],
            [.. figures.GroupBy(f => f.Subject.Code).Select(g => new ChartSeries(g.First().Subject.Name,
                [.. periods.Select(p => g.FirstOrDefault(f => f.Period == p) is { } f ? ChartValue.From(f, false) : null)]))]);
    }

    /// <summary>The points drawn: the values a source gives.</summary>
    public int Points => Values.Count();

    private IEnumerable<ChartValue> Values => Series.SelectMany(s => s.Values).OfType<ChartValue>();

    /// <summary>The periods the bars show: one, or several on a compare chart of indicators with different latest years.</summary>
    public string Period => string.Join(Strings.ListSeparator, Values.Select(v => v.Period).Distinct().Order(StringComparer.Ordinal));

    public IEnumerable<string> SourceIds => Values.Select(v => v.SourceId).Distinct();

    public bool HasQualified => Values.Any(v => v.Mark.Length > 0);

    public bool HasLowerBound => Values.Any(v => v.LowerBound);

    /// <summary>
    /// The partial _Chart draws bars, or with ViewData[KindKey] = Lines one line per series over its labels (the periods);
    /// its table is the same either way.
    /// </summary>
    public const string KindKey = "ChartKind";

    public const string Lines = "lines";

    public bool HasGaps => Series.Any(s => s.Values.Any(v => v is null));

    /// <summary>The key to the highlight colour ("highlighted: 新会区"), where a bar is highlighted; else null.</summary>
    public string? HighlightKey => Labels.Where((_, i) => Series.Any(s => s.Values[i]?.Highlight == true)).Select(l => l.Text).FirstOrDefault() is { } name
        ? Text.Format(Strings.ChartHighlightKey, name)
        : null;

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
            display = s.Values.Select(v => v?.Display ?? Strings.NoValue),
            marks = s.Values.Select(v => v?.Mark ?? ""),
            bounds = s.Values.Select(v => v?.LowerBound ?? false),
            highlight = s.Values.Select(v => v?.Highlight ?? false),
            tooltips = s.Values.Select(v => v?.Tooltip(Unit)),
        }),
        caption = Caption,
    });

    /// <summary>What an image of the chart says around it: its download's caption, and the picture a shared link shows.</summary>
    public ImageCaption Caption => ImageCaption.Create(Title, Unit, Period, Values.Select(v => v.Source),
        [.. HasQualified ? [Strings.ChartQualifiedNote] : Array.Empty<string>(), .. HasGaps ? [Strings.NoValueNote] : Array.Empty<string>(),
            .. HighlightKey is { } key ? [key] : Array.Empty<string>()]);
}
