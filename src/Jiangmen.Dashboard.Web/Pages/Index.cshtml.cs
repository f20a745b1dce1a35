using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Citing;
using Jiangmen.Dashboard.Web.Figures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages;

/// <summary>The overview: the city's headline figures, the seven counties as cards, charts of the key indicators, designations.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    /// <summary>What a county card shows, in this order, when a source gives it.</summary>
    private static readonly string[] KeyIndicators = ["gdp", "gdp_growth", "resident_population"];

    private const string CityCode = "440700";

    private const string HeadlineCategory = "economy";

    public string CityName { get; private set; } = "";
    public IReadOnlyList<FigureRow> Headline { get; private set; } = [];
    public IReadOnlyList<CountyCard> Counties { get; private set; } = [];
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    public IReadOnlyList<(string Region, string Slug, string Level, string Name)> Designations { get; private set; } = [];
    public MapView? Map { get; private set; }
    public IReadOnlyList<(string Code, string Name)> MapChoices { get; private set; } = [];
    public string? MapError { get; private set; }
    public Citation Citation { get; private set; } = null!;

    public async Task OnGetAsync(string? map, CancellationToken ct)
    {
        // The map: GDP unless ?map= names another indicator that counties have values for.
        // Per indicator, one look into the (RegionCode, IndicatorCode, Period) index rather than a pass over every observation.
        var counties = await FigureQueries.CountyCodesAsync(db, ct);
        MapChoices = (await db.Indicators.AsNoTracking()
                .Where(i => db.Observations.Any(o => o.IndicatorCode == i.Code && counties.Contains(o.RegionCode!)))
                .Select(i => new { i.Code, i.NameZh, i.NameEn })
                .ToListAsync(ct))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => (i.Code, Text.Pick(i.NameZh, i.NameEn)))
            .ToList();
        var chosen = string.IsNullOrEmpty(map) ? "gdp" : map;
        if (MapChoices.Any(c => c.Code == chosen))
        {
            Map = await MapView.LoadAsync(db, chosen, slug => Url.Page("/Regions/Details", new { slug }), ct);
        }
        else
        {
            MapError = Text.Format("MapUnknown", chosen.Length <= 40 ? chosen : chosen[..40] + "…", string.Join(", ", MapChoices.Select(c => c.Code)));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var regions = await db.Regions.AsNoTracking()
            .Where(r => r.Kind != RegionKind.Town)
            .OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Slug, r.NameZh, r.NameEn, r.Kind })
            .ToListAsync(ct);
        var codes = regions.Select(r => r.Code).ToList();
        // Only what the page draws: the key indicators of every region, and the city's economy figures for the headline.
        var data = (await db.Observations.AsNoTracking()
                .Where(o => codes.Contains(o.RegionCode!)
                    && (KeyIndicators.Contains(o.IndicatorCode) || (o.RegionCode == CityCode && o.Indicator!.CategoryCode == HeadlineCategory)))
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .PreferredOfEachFigure()
            .ToList();
        var designations = await db.Designations.AsNoTracking()
            .Where(d => codes.Contains(d.RegionCode))
            .OrderBy(d => d.Level).ThenBy(d => d.RegionCode)
            .Select(d => new { d.RegionCode, d.NameZh, d.NameEn, d.Level, d.SourceId })
            .ToListAsync(ct);

        var city = regions.Single(r => r.Code == CityCode);
        CityName = Text.Pick(city.NameZh, city.NameEn);
        Headline = FigureQueries.LatestOfEachIndicator(data.Where(f => f.RegionSlug == city.Slug && f.CategoryCode == HeadlineCategory))
            .OrderBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(f => f.ToRow())
            .ToList();

        Counties = regions.Where(r => FigureQueries.IsCounty(r.Kind)).Select(r => new CountyCard(
                Text.Pick(r.NameZh, r.NameEn),
                r.Slug,
                Text.Kind(r.Kind),
                KeyIndicators
                    .Select(code => data.Where(f => f.RegionSlug == r.Slug && f.IndicatorCode == code).MaxBy(f => f.Period))
                    .OfType<FigureData>()
                    .Select(f => f.ToRow())
                    .ToList(),
                designations.Where(d => d.RegionCode == r.Code).Select(d => Text.Pick(d.NameZh, d.NameEn)).FirstOrDefault()))
            .ToList();

        Charts = KeyIndicators
            .Select(code => data.Where(f => f.IndicatorCode == code && f.RegionKind is { } k && FigureQueries.IsCounty(k)).ToList())
            .Where(values => values.Count > 0)
            .Select(values => values.GroupBy(f => f.Period).MaxBy(g => g.Count())!)
            .Where(g => g.Count() >= 2)
            .Select(g => ChartView.OneSeries(
                $"chart-{g.First().IndicatorCode}-{g.Key}",
                ImageCaption.FileName(g.First().IndicatorCode, g.Key),
                Text.Format("ChartCountiesTitle", Text.Pick(g.First().IndicatorZh, g.First().IndicatorEn), g.Key),
                g.First().Unit,
                g.OrderByDescending(f => f.Value)
                    .Select(f => ChartPoint.From(f.Subject, f, false, Url.Page("/Regions/Details", new { slug = f.RegionSlug })))
                    .ToList()))
            .ToList();

        Designations = designations
            .Join(regions, d => d.RegionCode, r => r.Code,
                (d, r) => (Text.Pick(r.NameZh, r.NameEn), r.Slug, Text.Get("Level" + d.Level), Text.Pick(d.NameZh, d.NameEn)))
            .ToList();

        var shown = Headline.Select(f => f.SourceId)
            .Concat(Counties.SelectMany(c => c.Figures.Select(f => f.SourceId)))
            .Concat(Charts.SelectMany(c => c.SourceIds))
            .Concat(Map?.SourceIds ?? [])
            .Concat(designations.Select(d => d.SourceId));
        // The overview's map is part of the view: a map other than GDP stays in the address.
        Citation = await Citation.ForPageAsync(db, Request, Text.Get("OverviewTitle"), Url.Page("/Index")!, shown, ct,
            ("map", Map is null || chosen == "gdp" ? "" : chosen));
    }

    public sealed record CountyCard(string Name, string Slug, string Kind, IReadOnlyList<FigureRow> Figures, string? Designation);
}
