namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A choropleth of the seven counties for one indicator and one period (the period most counties have), drawn on the
/// server as SVG (Shared/_Map.cshtml, over <see cref="Geography.CountyOutlines"/>), with the same data as a table.
/// </summary>
public sealed record MapView(string Id, string FileName, string Title, string Unit, string Period, IReadOnlyList<MapArea> Areas)
{
    public IEnumerable<string> SourceIds => Areas.Select(a => a.Figure?.SourceId).OfType<string>().Distinct();

    /// <summary>The shades of the counties with a value; null when none has one.</summary>
    public MapScale? Scale { get; } = MapScale.Of(Areas.Select(a => a.Figure?.Value).OfType<decimal>());

    /// <summary>What the map's image is made with (its caption) and the figures it shows.</summary>
    public string Json => PageJson.Serialize(new
    {
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

    /// <summary>
    /// Where each county's name is written on a drawing whose letters are <paramref name="size"/> units high: at its
    /// centre, or a line above or below where a small neighbour's name is already there; left to the table below the
    /// map when no nearby place is free.
    /// </summary>
    public IEnumerable<(MapArea Area, double X, double Y)> Labels(IReadOnlyDictionary<string, Geography.CountyOutline> outlines, double size)
    {
        var written = new List<(double Left, double Right, double Top, double Bottom)>();
        foreach (var area in Areas.Where(a => outlines.ContainsKey(a.Code)))
        {
            var centre = outlines[area.Code];
            // Chinese characters are a square em; other letters about half of one.
            var half = area.Name.Sum(c => Text.LanguageOf(c.ToString()) == "zh" ? size : size * 0.56) / 2 + 2;
            foreach (var shift in new[] { 0, 1.1, -1.1, 2.2, -2.2 })
            {
                var y = centre.LabelY + shift * size;
                var box = (Left: centre.LabelX - half, Right: centre.LabelX + half, Top: y - size / 2, Bottom: y + size / 2);
                if (written.All(w => box.Right < w.Left || box.Left > w.Right || box.Bottom < w.Top || box.Top > w.Bottom))
                {
                    written.Add(box);
                    yield return (area, centre.LabelX, y);
                    break;
                }
            }
        }
    }

    /// <summary>One period on one map or ranking: the one most of <paramref name="figures"/> have, the latest on a tie.</summary>
    public static string CommonPeriod(IEnumerable<ObservationRow> figures) =>
        figures.GroupBy(v => v.Period).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal).First().Key;
}
