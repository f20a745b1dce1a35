using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Overview;

/// <summary>The overview: the city's headline figures, a map, the seven counties as cards, charts of the key indicators, designations.</summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    /// <summary>What a county card shows, in this order, when a source gives it; the first most counties have is the map's default.</summary>
    internal static readonly string[] KeyIndicators = ["gdp", "gdp_growth", "resident_population"];

    /// <summary>The category of the city's headline figures.</summary>
    private const string HeadlineCategory = "economy";

    public RegionInfo City { get; private set; } = null!;
    public IReadOnlyList<ObservationRow> Headline { get; private set; } = [];
    public IReadOnlyList<CountyCard> Counties { get; private set; } = [];
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>By level, then region.</summary>
    public IReadOnlyList<DesignationInfo> Designations { get; private set; } = [];
    public MapView? Map { get; private set; }
    /// <summary>The indicators some county has a figure for, by code.</summary>
    public IReadOnlyList<IndicatorInfo> MapChoices { get; private set; } = [];
    public string? MapError { get; private set; }
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    /// <summary>The figures drawn, by the id of the value drawn.</summary>
    private Dictionary<int, Figure> _figures = [];

    /// <summary>The figure a card's value is of, with every source's value of it.</summary>
    public Figure FigureOf(ObservationRow charted) => _figures[charted.Id];

    public async Task<IActionResult> OnGetAsync(string? map, CancellationToken ct)
    {
        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        GradeSwitch = grades;
        var catalogue = await catalogues.GetAsync(ct);
        City = catalogue.City;
        var counties = catalogue.Counties.Select(c => c.Code).ToList();
        var countyFigures = await grades.Apply(db.Observations, catalogue).Where(o => counties.Contains(o.RegionCode!))
            .Select(o => new { o.IndicatorCode, o.Period, o.RegionCode }).Distinct().ToListAsync(ct);
        var mapped = countyFigures.Select(f => f.IndicatorCode).ToHashSet();
        MapChoices = [.. catalogue.IndicatorList.Where(i => mapped.Contains(i.Code))];
        // The map opens on a key indicator (GDP first) that most counties have for one period; failing that, on whatever
        // most counties have: never on an indicator only one county has.
        var coverage = countyFigures.GroupBy(f => (f.IndicatorCode, f.Period))
            .Select(g => (Indicator: g.Key.IndicatorCode, Counties: g.Select(f => f.RegionCode).Distinct().Count())).ToList();
        var defaultMap = KeyIndicators.FirstOrDefault(key => coverage.Any(c => c.Indicator == key && c.Counties * 2 > counties.Count))
            ?? coverage.OrderByDescending(c => c.Counties).ThenBy(c => c.Indicator, StringComparer.Ordinal).Select(c => c.Indicator).FirstOrDefault()
            ?? KeyIndicators[0];
        string chosen = string.IsNullOrEmpty(map) ? defaultMap : map;
        if (!mapped.Contains(chosen))
        {
            MapError = Text.Format(Strings.MapUnknown, Text.Shorten(chosen), string.Join(", ", MapChoices.Select(c => c.Code)));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        // One value a figure: the cards, charts and map draw what the chart-value rule prefers.
        var figures = Figure.Of(await ObservationsAsync(catalogue, MapError is null ? chosen : null, ct)).ToList();
        _figures = figures.ToDictionary(f => f.Charted.Id);
        var observations = figures.Select(f => f.Charted).ToList();
        Map = MapError is null
            ? MapView.From(catalogue.Indicators[chosen], catalogue.Counties, [.. observations.Where(f => f.Indicator.Code == chosen && f.Subject.Region!.IsCounty)],
                slug => Url.Page("/Regions/Details", new { slug }))
            : null;
        Headline = [.. observations
            .Where(f => f.Subject.Region == City && f.Indicator.Category.Code == HeadlineCategory)
            .GroupBy(f => f.Indicator).SelectMany(g => g.Where(f => f.Period == g.Select(x => x.Period).Max(StringComparer.Ordinal)))
            .OrderBy(f => f.Indicator.Code, StringComparer.Ordinal)];
        Designations = [.. catalogue.Designations.Where(d => d.Region.Kind != Data.Entities.RegionKind.Town).OrderBy(d => d.Level)];
        Counties = [.. catalogue.Counties.Select(county => new CountyCard(county,
            [.. KeyIndicators.Select(code => observations.Where(f => f.Subject.Region == county && f.Indicator.Code == code).MaxBy(f => f.Period, StringComparer.Ordinal)).OfType<ObservationRow>()],
            Designations.FirstOrDefault(d => d.Region == county)))];
        Charts = [.. KeyIndicators.Select(code => CountyChart.InFullestPeriod(observations.Where(f => f.Indicator.Code == code), null, RegionPage)).OfType<ChartView>()];

        // Where a card's sources differ, each is named beside it.
        var shown = Headline.Concat(Counties.SelectMany(c => c.Observations)).Select(FigureOf)
            .SelectMany(f => f.SourcesDiffer ? f.Values : [f.Charted]).Select(f => f.SourceId)
            .Concat(Charts.SelectMany(c => c.SourceIds))
            .Concat(Map?.SourceIds ?? [])
            .Concat(Designations.Select(d => d.SourceId));
        // The overview's map is part of the view: a map other than the default stays in the address.
        Citation = Citation.ForPage(catalogue, Request, Strings.OverviewTitle, Url.Page("/Overview/Index")!, shown,
            ("map", Map is null || chosen == defaultMap ? "" : chosen), grades.Query);
        return Page();
    }

    /// <summary>Only what the page draws: the key indicators of every region, the city's headline figures, and the map's.</summary>
    private Task<List<ObservationRow>> ObservationsAsync(Catalogue catalogue, string? mapIndicator, CancellationToken ct)
    {
        var regions = catalogue.RegionList.Where(r => r.Kind != Data.Entities.RegionKind.Town).Select(r => r.Code).ToList();
        var city = catalogue.City.Code;
        var headline = catalogue.IndicatorList.Where(i => i.Category.Code == HeadlineCategory).Select(i => i.Code).ToList();
        return catalogue.RowsAsync(GradeSwitch.Apply(db.Observations, catalogue)
            .Where(o => regions.Contains(o.RegionCode!)
                && (KeyIndicators.Contains(o.IndicatorCode) || o.IndicatorCode == mapIndicator || (o.RegionCode == city && headline.Contains(o.IndicatorCode))))
            .OrderBy(o => o.RegionCode).ThenBy(o => o.IndicatorCode).ThenBy(o => o.Period), ct);
    }

    private string? RegionPage(RegionInfo region) => Url.Page("/Regions/Details", new { slug = region.Slug });

    /// <summary>A county with its key figures, the latest of each, and its first designation.</summary>
    public sealed record CountyCard(RegionInfo Region, IReadOnlyList<ObservationRow> Observations, DesignationInfo? Designation);
}
