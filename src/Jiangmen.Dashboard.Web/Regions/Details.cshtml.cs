using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>
/// One region: every figure the sources give for it by category, its designations, pairings and platforms,
/// and, for each figure other counties also have, a chart of all counties with this one highlighted.
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
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Indicators comparable across the counties beyond <see cref="MaxCharts"/>, with the period compared.</summary>
    public IReadOnlyList<ObservationRow> MoreComparisons { get; private set; } = [];
    public IReadOnlyList<DesignationInfo> Designations { get; private set; } = [];
    public IReadOnlyList<PartnershipInfo> Partnerships { get; private set; } = [];
    public IReadOnlyList<PlatformInfo> Platforms { get; private set; } = [];
    public IReadOnlyList<RegionInfo> Towns { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    /// <summary>Figures of earlier periods than the latest of their indicator: not in the tables, but in the CSV.</summary>
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
        EarlierObservations = rows.Count - latest.Count;
        Categories = [.. latest
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal).ThenByDescending(f => f.Period, StringComparer.Ordinal)
            .GroupBy(f => f.Indicator.Category)
            .Select(g => (g.Key, (IReadOnlyList<ObservationRow>)[.. g]))];

        var comparable = await ComparableAsync(catalogue, latest, ct);
        Charts = [.. comparable.Take(MaxCharts).Select(x => ComparisonChart(x.Figure, x.Values))];
        MoreComparisons = [.. comparable.Skip(MaxCharts).Select(x => x.Figure)];
        Designations = [.. catalogue.Designations.Where(d => d.Region == region).OrderBy(d => d.Level).ThenBy(d => d.NameZh, StringComparer.Ordinal)];
        Partnerships = [.. catalogue.PartnershipList.Where(p => p.Members.Contains(region))];
        Platforms = [.. catalogue.PlatformList.Where(p => p.Regions.Contains(region))];
        Towns = [.. catalogue.RegionList.Where(r => r.ParentCode == region.Code && r.Kind == RegionKind.Town)];
        Citation = Citation.ForPage(catalogue, Request, region.Name, Url.Page("/Regions/Details", new { slug = region.Slug })!,
            latest.Select(f => f.SourceId).Concat(Charts.SelectMany(c => c.SourceIds)).Concat(Designations.Select(d => d.SourceId)), grades.Query);
        return Page();
    }

    /// <summary>Of each indicator's figures, those of its latest period: earlier years are in the CSV.</summary>
    private static List<ObservationRow> LatestOfEachIndicator(List<ObservationRow> rows)
    {
        var latest = rows.GroupBy(r => r.Indicator.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Period).Max(StringComparer.Ordinal));
        return [.. rows.Where(r => r.Period == latest[r.Indicator.Code])];
    }

    /// <summary>
    /// For each indicator and period this region has and at least one other county has too: every county's value.
    /// The city page charts the counties beneath it.
    /// </summary>
    private async Task<List<(ObservationRow Figure, List<ObservationRow> Values)>> ComparableAsync(Catalogue catalogue, List<ObservationRow> observations, CancellationToken ct)
    {
        var indicators = observations.Select(f => f.Indicator.Code).Distinct().ToList();
        var periods = observations.Select(f => f.Period).Distinct().ToList();
        var counties = catalogue.Counties.Select(c => c.Code).ToList();
        var countyValues = await catalogue.RowsAsync(GradeSwitch.Apply(db.Observations, catalogue)
            .Where(o => counties.Contains(o.RegionCode!) && indicators.Contains(o.IndicatorCode) && periods.Contains(o.Period))
            .OrderBy(o => o.RegionCode), ct);

        countyValues = [.. countyValues.PreferredOfEachFigure()];
        return [.. observations
            .PreferredOfEachFigure()
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal)
            .Select(f => (Figure: f, Values: countyValues.Where(v => v.Indicator == f.Indicator && v.Period == f.Period).ToList()))
            .Where(x => x.Values.Count >= 2 && (Region.Kind == RegionKind.City || x.Values.Any(v => v.Subject.Region == Region)))];
    }

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
