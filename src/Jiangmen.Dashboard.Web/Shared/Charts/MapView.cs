using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A choropleth of the seven counties for one indicator and one period (the period most counties have), drawn by
/// wwwroot/js/charts.js with chartjs-chart-geo over /geo/jiangmen.json, with the same data as a table.
/// </summary>
public sealed record MapView(string Id, string FileName, string Title, string Unit, string Period, IReadOnlyList<MapArea> Areas)
{
    public IEnumerable<string> SourceIds => Areas.Select(a => a.Figure?.SourceId).OfType<string>().Distinct();

    public string Json => PageJson.Serialize(new
    {
        title = Title,
        unit = Unit,
        locale = CultureInfo.CurrentCulture.Name,
        geo = "/geo/jiangmen.json",
        noData = Strings.NoValue,
        areas = Areas.Select(a => new { code = a.Code, name = a.Name, href = a.Href, value = a.Figure?.Value, display = a.Display }),
        caption = ImageCaption.Create(Title, Unit, Period, Areas.Select(a => a.Figure?.Source).OfType<string>(), [Strings.MapImageNote]),
    });

    /// <summary>
    /// The map of an indicator from its counties' figures for <paramref name="period"/> (by default the one most counties
    /// have, <see cref="CommonPeriod"/>), or null when no county has one.
    /// </summary>
    public static MapView? From(IndicatorInfo indicator, IReadOnlyList<RegionInfo> counties, IEnumerable<ObservationRow> figures, Func<string, string?> href,
        string? period = null)
    {
        var values = figures.PreferredOfEachFigure().ToList();
        if (values.Count == 0)
        {
            return null;
        }

        period ??= CommonPeriod(values);
        return new MapView(
            $"map-{indicator.Code}",
            ImageCaption.FileName("map", indicator.Code, period),
            Text.Format(Strings.MapTitle, indicator.Name, period),
            indicator.Unit,
            period,
            [.. counties.Select(c =>
            {
                var figure = values.FirstOrDefault(v => v.Subject.Code == c.Code && v.Period == period);
                return new MapArea(c.Code, c.Name, href(c.Slug), figure is null ? null : ChartValue.From(figure, false));
            })]);
    }

    /// <summary>One period on one map or ranking: the one most of <paramref name="figures"/> have, the latest on a tie.</summary>
    public static string CommonPeriod(IEnumerable<ObservationRow> figures) =>
        figures.GroupBy(v => v.Period).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal).First().Key;
}
