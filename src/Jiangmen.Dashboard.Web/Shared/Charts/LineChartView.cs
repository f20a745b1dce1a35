using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// One figure of one subject over the years as a line, drawn by wwwroot/js/charts.js: a value per period (null where no
/// loaded source gives one, drawn as a gap), a bound or an approximation drawn as one (an open marker, a dashed segment).
/// </summary>
public sealed record LineChartView(string Id, string Title, string Unit, IReadOnlyList<string> Periods, IReadOnlyList<ChartValue?> Values)
{
    /// <summary>The points drawn: the periods a source gives.</summary>
    public int Points => Values.Count(v => v is not null);

    public bool HasQualified => Values.Any(v => v is { Mark.Length: > 0 });

    public bool HasGaps => Values.Any(v => v is null);

    public string Json => PageJson.Serialize(new
    {
        title = Title,
        unit = Unit,
        locale = CultureInfo.CurrentCulture.Name,
        periods = Periods,
        values = Values.Select(v => v?.Value),
        display = Values.Select(v => v?.Display),
        marks = Values.Select(v => v?.Mark ?? ""),
        tooltips = Values.Select(v => v?.Tooltip(Unit)),
    });

    /// <summary>
    /// The line of <paramref name="figures"/> (one value per period, as a chart takes it). Where the periods are years,
    /// a year between them that no source gives is a gap on the axis, so the line never bridges a missing year.
    /// </summary>
    public static LineChartView Of(string id, string title, string unit, IReadOnlyList<ObservationRow> figures)
    {
        var byPeriod = figures.ToDictionary(f => f.Period);
        var years = figures.Select(f => Year(f.Period)).OfType<int>().ToList();
        IReadOnlyList<string> periods = years.Count == figures.Count && years.Count > 0
            ? [.. Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))]
            : [.. figures.Select(f => f.Period).Order(StringComparer.Ordinal)];
        return new LineChartView(id, title, unit, periods,
            [.. periods.Select(p => byPeriod.TryGetValue(p, out var f) ? ChartValue.From(f, false) : null)]);
    }

    private static int? Year(string period) =>
        period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
