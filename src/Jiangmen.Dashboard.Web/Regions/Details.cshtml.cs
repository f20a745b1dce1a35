using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>
/// One region: its key figures and a sentence built from them, a line over the years for each indicator with several
/// periods, for each figure other counties also have a chart of all counties with this one highlighted, every figure of
/// every period by category, its designations, pairings and platforms.
/// </summary>
public sealed class DetailsModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    /// <summary>
    /// Charts drawn on the page; further comparable indicators are linked to their own pages, which chart every county.
    /// A yearbook-sized county (hundreds of indicators) would otherwise be a megabyte of charts (bench/RESULTS.md).
    /// </summary>
    public const int MaxCharts = 12;

    /// <summary>
    /// Lines over the years drawn on the page, for the same reason: a synthetic county has 300 indicators of 20 years
    /// (bench/), and every year of each is in the table anyway.
    /// </summary>
    public const int MaxSeriesCharts = 12;

    /// <summary>
    /// Rows of the table beyond which it keeps only the latest period of the indicators the page neither draws nor names
    /// (their earlier years are in the CSV). The real counties have at most 148 rows; a synthetic county of 300
    /// indicators over 20 years would be 6,000 rows and 5 MB of page (measured; issue 18 asks a first visit under 150 KB).
    /// </summary>
    public const int MaxTableRows = 400;

    public RegionInfo Region { get; private set; } = null!;
    public RegionInfo? Parent { get; private set; }
    public IReadOnlyList<(CategoryInfo Category, IReadOnlyList<ObservationRow> Rows)> Categories { get; private set; } = [];
    public IReadOnlyList<KeyFigure> KeyFigures { get; private set; } = [];
    /// <summary>The one sentence built from the key figures; empty when the region has none.</summary>
    public Words Summary { get; private set; } = Words.None;
    /// <summary>Each indicator with two or more periods: its line, its latest value and change in words.</summary>
    public IReadOnlyList<(ChartView Chart, Words Latest, Words Change)> SeriesCharts { get; private set; } = [];
    /// <summary>Indicators with several periods beyond <see cref="MaxSeriesCharts"/>: their years are in the table.</summary>
    public int MoreSeries { get; private set; }
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Indicators comparable across the counties beyond <see cref="MaxCharts"/>, with the period compared.</summary>
    public IReadOnlyList<ObservationRow> MoreComparisons { get; private set; } = [];
    public IReadOnlyList<DesignationInfo> Designations { get; private set; } = [];
    public IReadOnlyList<PartnershipInfo> Partnerships { get; private set; } = [];
    public IReadOnlyList<PlatformInfo> Platforms { get; private set; } = [];
    public IReadOnlyList<RegionInfo> Towns { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    /// <summary>Figures of earlier periods left out of the table (<see cref="MaxTableRows"/>), in the CSV.</summary>
    public int EarlierObservations { get; private set; }
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        // Model binding turns a blank slug (/regions/%20) into null.
        if (slug is null || catalogue.RegionBySlugOrCode(slug) is not { } region)
        {
            return NotFound();
        }

        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        if (region.Slug != slug)
        {
            // A division code is a fine way in, but the slug is the address to share.
            return RedirectPermanent(Url.Page("/Regions/Details", new { slug = region.Slug }) + Request.QueryString);
        }

        Region = region;
        GradeSwitch = grades;
        Parent = region.ParentCode is { } parent ? catalogue.Regions[parent] : null;
        var rows = await RegionTable.RowsAsync(db, catalogue, region, grades, ct);
        var latest = LatestOfEachIndicator(rows);
        var countyValues = await CountyValuesAsync(catalogue, latest, ct);
        var figures = new RegionFigures(rows);
        KeyFigures = figures.KeyFigures(f => region.Kind == RegionKind.City ? null : RegionFigures.Rank(f, countyValues, catalogue.Counties.Count));
        Summary = RegionFigures.Summary(region, KeyFigures);
        var series = figures.All.Where(s => s.Figures.Count >= 2).ToList();
        SeriesCharts = [.. series.Take(MaxSeriesCharts).Select(s => (
            ChartView.OverTheYears($"series-{s.Indicator.Code}", s.Indicator.Code, region.Kind == RegionKind.City ? "" : region.Slug, s.Indicator.Name,
                s.Indicator.Unit, [.. s.Figures.Select(f => f.Charted)])!,
            Words.Format(Strings.SeriesLatest, Words.Plain(s.Latest.Charted.Period), RegionFigures.Quantity(s.Latest)),
            figures.Change(s.Latest)))];
        MoreSeries = series.Count - SeriesCharts.Count;

        // Every period, each indicator's years in order (the rows come in the file's order: by source within a period);
        // a very long table keeps every period of what the band and the lines name, the latest of the rest.
        var named = RegionFigures.Named(KeyFigures.Select(k => k.Figure.Charted.Indicator.Code).Concat(series.Take(MaxSeriesCharts).Select(s => s.Indicator.Code)));
        var latestIds = latest.Select(r => r.Id).ToHashSet();
        var shown = rows.Count <= MaxTableRows ? rows : [.. rows.Where(r => named.Contains(r.Indicator.Code) || latestIds.Contains(r.Id))];
        EarlierObservations = rows.Count - shown.Count;
        Categories = [.. shown
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal).ThenBy(f => f.Period, StringComparer.Ordinal)
            .GroupBy(f => f.Indicator.Category)
            .Select(g => (g.Key, (IReadOnlyList<ObservationRow>)[.. g]))];

        var comparable = Comparable(latest, countyValues);
        Charts = [.. comparable.Take(MaxCharts).Select(x => ComparisonChart(x.Figure, x.Values))];
        MoreComparisons = [.. comparable.Skip(MaxCharts).Select(x => x.Figure)];
        Designations = [.. catalogue.Designations.Where(d => d.Region == region).OrderBy(d => d.Level).ThenBy(d => d.NameZh, StringComparer.Ordinal)];
        Partnerships = [.. catalogue.PartnershipList.Where(p => p.Members.Contains(region))];
        Platforms = [.. catalogue.PlatformList.Where(p => p.Regions.Contains(region))];
        Towns = [.. catalogue.RegionList.Where(r => r.ParentCode == region.Code && r.Kind == RegionKind.Town)];
        Citation = Citation.ForPage(catalogue, Request, region.Name, Url.Page("/Regions/Details", new { slug = region.Slug })!,
            rows.Select(f => f.SourceId).Concat(Charts.SelectMany(c => c.SourceIds)).Concat(Designations.Select(d => d.SourceId)), grades.Query);
        return Page();
    }

    /// <summary>Of each indicator's figures, those of its latest period: what the comparison charts compare.</summary>
    private static List<ObservationRow> LatestOfEachIndicator(List<ObservationRow> rows)
    {
        var latest = rows.GroupBy(r => r.Indicator.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Period).Max(StringComparer.Ordinal));
        return [.. rows.Where(r => r.Period == latest[r.Indicator.Code])];
    }

    /// <summary>
    /// Every county's value (one per figure, by the chart rule) of the indicators and periods of <paramref name="latest"/>:
    /// for the comparison charts and the band's ranks. One query.
    /// </summary>
    private async Task<List<ObservationRow>> CountyValuesAsync(Catalogue catalogue, List<ObservationRow> latest, CancellationToken ct)
    {
        var indicators = latest.Select(f => f.Indicator.Code).Distinct().ToList();
        var periods = latest.Select(f => f.Period).Distinct().ToList();
        var counties = catalogue.Counties.Select(c => c.Code).ToList();
        var countyValues = await catalogue.RowsAsync(GradeSwitch.Apply(db.Observations, catalogue)
            .Where(o => counties.Contains(o.RegionCode!) && indicators.Contains(o.IndicatorCode) && periods.Contains(o.Period))
            .OrderBy(o => o.RegionCode), ct);
        return [.. countyValues.PreferredOfEachFigure()];
    }

    /// <summary>
    /// For each indicator and period this region has and at least one other county has too: every county's value.
    /// The city page charts the counties beneath it.
    /// </summary>
    private List<(ObservationRow Figure, List<ObservationRow> Values)> Comparable(List<ObservationRow> observations, List<ObservationRow> countyValues) =>
        [.. observations
            .PreferredOfEachFigure()
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal)
            .Select(f => (Figure: f, Values: countyValues.Where(v => v.Indicator == f.Indicator && v.Period == f.Period).ToList()))
            .Where(x => x.Values.Count >= 2 && (Region.Kind == RegionKind.City || x.Values.Any(v => v.Subject.Region == Region)))];

    private ChartView ComparisonChart(ObservationRow figure, List<ObservationRow> values) =>
        ChartView.OneSeries(
            $"chart-{figure.Indicator.Code}-{figure.Period}",
            // The county's own chart highlights it, so its image says whose it is; the city's highlights none.
            ImageCaption.FileName(figure.Indicator.Code, figure.Period, Region.Kind == RegionKind.City ? "" : Region.Slug),
            Text.Format(Strings.ChartCountiesTitle, figure.Indicator.Name, figure.Period),
            figure.Indicator.Unit,
            [.. values.OrderByDescending(v => v.Value)
                .Select(v => ChartPoint.From(v.Subject.Name, v, v.Subject.Region == Region, Url.Page("/Regions/Details", new { slug = v.Subject.Region!.Slug })))]);
}
