using System.Globalization;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Figures;

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
        noData = Text.Get("NoValue"),
        areas = Areas.Select(a => new { code = a.Code, name = a.Name, href = a.Href, value = a.Figure?.Value, display = a.Display }),
        caption = ImageCaption.Create(Title, Unit, Period, Areas.Select(a => a.Figure?.Source).OfType<string>(), [Text.Get("MapImageNote")]),
    });

    /// <summary>The map of an indicator, or null when no county has a value for it.</summary>
    public static async Task<MapView?> LoadAsync(DashboardContext db, string indicator, Func<string, string?> href, CancellationToken ct)
    {
        var counties = await db.Regions.AsNoTracking()
            .Where(r => r.Kind == RegionKind.District || r.Kind == RegionKind.CountyCity)
            .OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Slug, r.NameZh, r.NameEn })
            .ToListAsync(ct);
        var codes = counties.Select(c => c.Code).ToList();
        var values = (await db.Observations.AsNoTracking()
                .Where(o => codes.Contains(o.RegionCode!) && o.IndicatorCode == indicator)
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .PreferredOfEachFigure()
            .ToList();
        if (values.Count == 0)
        {
            return null;
        }

        // One period on one map: the one most counties have, the latest on a tie.
        var period = values.GroupBy(v => v.Period).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal).First().Key;
        var first = values[0];
        return new MapView(
            $"map-{indicator}",
            ImageCaption.FileName("map", indicator, period),
            Text.Format("MapTitle", Text.Pick(first.IndicatorZh, first.IndicatorEn), period),
            first.Unit,
            period,
            counties.Select(c =>
            {
                var figure = values.FirstOrDefault(v => v.RegionSlug == c.Slug && v.Period == period);
                return new MapArea(c.Code, Text.Pick(c.NameZh, c.NameEn), href(c.Slug), figure is null ? null : ChartValue.From(figure, false));
            }).ToList());
    }
}

/// <summary>A county on the map; no figure where no loaded source gives one.</summary>
public sealed record MapArea(string Code, string Name, string? Href, ChartValue? Figure)
{
    public string Display => Figure?.Display ?? Text.Get("NoValue");
}
