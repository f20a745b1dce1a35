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

    public RegionInfo Region { get; private set; } = null!;
    public RegionInfo? Parent { get; private set; }
    public IReadOnlyList<(CategoryInfo Category, IReadOnlyList<ObservationRow> Rows)> Categories { get; private set; } = [];
    public IReadOnlyList<KeyFigure> KeyFigures { get; private set; } = [];
    /// <summary>The one sentence built from the key figures; empty when the region has none.</summary>
    public Words Summary { get; private set; } = Words.None;
    /// <summary>Each indicator with two or more periods: its line, its latest value and change in words.</summary>
    public IReadOnlyList<(ChartView Chart, Words Latest, Words Change)> SeriesCharts { get; private set; } = [];
    /// <summary>What the page shows of each indicator: the band, the lines, the table's periods.</summary>
    public RegionLayout Layout { get; private set; } = null!;
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Indicators comparable across the counties beyond <see cref="MaxCharts"/>, with the period compared.</summary>
    public IReadOnlyList<ObservationRow> MoreComparisons { get; private set; } = [];
    public IReadOnlyList<DesignationInfo> Designations { get; private set; } = [];
    public IReadOnlyList<PartnershipInfo> Partnerships { get; private set; } = [];
    public IReadOnlyList<PlatformInfo> Platforms { get; private set; } = [];
    public IReadOnlyList<RegionInfo> Towns { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
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
        // The city and the counties plan what they read from the periods they have (read once per load); a town has a
        // few figures and reads them all.
        var coverage = await Coverage.OfAsync(db, catalogue, grades, ct);
        var planned = coverage.Of(region) is { } periods ? new RegionLayout(periods, catalogue) : null;
        var rows = planned?.Reads(region.Code) is { } part
            ? await RegionTable.RowsAsync(db, catalogue, part, grades, ct)
            : await RegionTable.RowsAsync(db, catalogue, region, grades, ct);
        Layout = planned ?? new RegionLayout(RegionLayout.PeriodsOf(rows), catalogue);

        var latest = LatestOfEachIndicator(rows);
        var figures = new RegionFigures(rows);
        var keyRows = Layout.KeyCodes.Select(code => figures.Of(code).Latest.Charted).ToList();
        var comparable = Comparable(latest, coverage, catalogue);
        var charted = comparable.Take(MaxCharts).ToList();
        var countyValues = await CountyValuesAsync(catalogue, [.. charted, .. keyRows], ct);
        KeyFigures = figures.KeyFigures(Layout.KeyCodes, f => region.Kind == RegionKind.City ? null : RegionFigures.Rank(f, countyValues, catalogue.Counties.Count));
        Summary = RegionFigures.Summary(region, KeyFigures);
        SeriesCharts = [.. Layout.SeriesCodes.Select(figures.Of).Select(s => (
            ChartView.OverTheYears($"series-{s.Indicator.Code}", s.Indicator.Code, region.Kind == RegionKind.City ? "" : region.Slug, s.Indicator.Name,
                s.Indicator.Unit, [.. s.Figures.Select(f => f.Charted)])!,
            Words.Format(Strings.SeriesLatest, Words.Plain(s.Latest.Charted.Period), RegionFigures.Quantity(s.Latest)),
            figures.Change(s.Latest)))];

        // Every period shown, each indicator's years in order (the rows come in the file's order: by source within a period).
        var shown = rows.Where(r => Layout.Shows(r.Indicator.Code, r.Period)).ToList();
        Categories = [.. shown
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal).ThenBy(f => f.Period, StringComparer.Ordinal)
            .GroupBy(f => f.Indicator.Category)
            .Select(g => (g.Key, (IReadOnlyList<ObservationRow>)[.. g]))];

        Charts = [.. charted.Select(f => ComparisonChart(f, [.. countyValues.Where(v => v.Indicator == f.Indicator && v.Period == f.Period)]))];
        MoreComparisons = [.. comparable.Skip(MaxCharts)];
        Designations = [.. catalogue.Designations.Where(d => d.Region == region).OrderBy(d => d.Level).ThenBy(d => d.NameZh, StringComparer.Ordinal)];
        Partnerships = [.. catalogue.PartnershipList.Where(p => p.Members.Contains(region))];
        Platforms = [.. catalogue.PlatformList.Where(p => p.Regions.Contains(region))];
        Towns = [.. catalogue.RegionList.Where(r => r.ParentCode == region.Code && r.Kind == RegionKind.Town)];
        Citation = Citation.ForPage(catalogue, Request, region.Name, Url.Page("/Regions/Details", new { slug = region.Slug })!,
            shown.Select(f => f.SourceId).Concat(Charts.SelectMany(c => c.SourceIds)).Concat(Designations.Select(d => d.SourceId)), grades.Query);
        return Page();
    }

    /// <summary>Of each indicator's figures, those of its latest period: what the comparison charts compare.</summary>
    private static List<ObservationRow> LatestOfEachIndicator(List<ObservationRow> rows)
    {
        var latest = rows.GroupBy(r => r.Indicator.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Period).Max(StringComparer.Ordinal));
        return [.. rows.Where(r => r.Period == latest[r.Indicator.Code])];
    }

    /// <summary>
    /// Every county's value (one per figure, by the chart rule) of the indicators and periods of <paramref name="figures"/>:
    /// for the comparison charts and the band's ranks. One query; none for a town, which is neither charted nor ranked.
    /// </summary>
    private async Task<List<ObservationRow>> CountyValuesAsync(Catalogue catalogue, List<ObservationRow> figures, CancellationToken ct)
    {
        if (Region.Kind == RegionKind.Town || figures.Count == 0)
        {
            return [];
        }

        var indicators = figures.Select(f => f.Indicator.Code).Distinct().ToList();
        var periods = figures.Select(f => f.Period).Distinct().ToList();
        var counties = catalogue.Counties.Select(c => c.Code).ToList();
        var countyValues = await catalogue.RowsAsync(GradeSwitch.Apply(db.Observations, catalogue)
            .Where(o => counties.Contains(o.RegionCode!) && indicators.Contains(o.IndicatorCode) && periods.Contains(o.Period))
            .OrderBy(o => o.RegionCode), ct);
        return [.. countyValues.PreferredOfEachFigure()];
    }

    /// <summary>
    /// Of the region's latest figures, those at least two counties have for the same period, the county being one of
    /// them (the city page charts the counties beneath it; a town is not compared), by category: which they are is known
    /// from the coverage.
    /// </summary>
    private List<ObservationRow> Comparable(List<ObservationRow> latest, Coverage coverage, Catalogue catalogue) =>
        Region.Kind == RegionKind.Town ? [] : [.. latest
            .PreferredOfEachFigure()
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal)
            .Where(f => catalogue.Counties.Count(c => coverage.Has(c, f.Indicator.Code, f.Period)) >= 2)];

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
