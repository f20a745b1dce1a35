using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Citing;
using Jiangmen.Dashboard.Web.Figures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages.Regions;

/// <summary>
/// One region: every figure the sources give for it by category, its designations, pairings and platforms,
/// and, for each figure other counties also have, a chart of all counties with this one highlighted.
/// </summary>
public sealed class DetailsModel(DashboardContext db) : PageModel
{
    /// <summary>
    /// Charts drawn on the page; further comparable indicators are linked to their own pages, which chart every county.
    /// A yearbook-sized county (hundreds of indicators) would otherwise be a megabyte of charts (bench/RESULTS.md).
    /// </summary>
    public const int MaxCharts = 12;

    public string Name { get; private set; } = "";
    public string OtherName { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public (string Name, string Slug)? Parent { get; private set; }
    public IReadOnlyList<(string Category, IReadOnlyList<FigureRow> Rows)> Categories { get; private set; } = [];
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Indicators comparable across the counties beyond <see cref="MaxCharts"/>: name, code, period.</summary>
    public IReadOnlyList<(string Name, string Code, string Period)> MoreComparisons { get; private set; } = [];
    public IReadOnlyList<DesignationRow> Designations { get; private set; } = [];
    public IReadOnlyList<PartnershipRow> Partnerships { get; private set; } = [];
    public IReadOnlyList<(string Name, string Slug)> Platforms { get; private set; } = [];
    public IReadOnlyList<(string Name, string Slug)> Towns { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    /// <summary>Figures of earlier periods than the latest of their indicator: not in the tables, but in the CSV.</summary>
    public int EarlierFigures { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking()
            .Where(r => r.Slug == slug || r.Code == slug)
            .Select(r => new { r.Code, r.Slug, r.NameZh, r.NameEn, r.Kind, Parent = r.Parent == null ? null : new { r.Parent.NameZh, r.Parent.NameEn, r.Parent.Slug } })
            .FirstOrDefaultAsync(ct);
        if (region is null)
        {
            return NotFound();
        }

        if (region.Slug != slug)
        {
            // A division code is a fine way in, but the slug is the address to share.
            return RedirectPermanent(Url.Page("/Regions/Details", new { slug = region.Slug }) + Request.QueryString);
        }

        Code = region.Code;
        Name = Text.Pick(region.NameZh, region.NameEn);
        OtherName = Text.Pick(region.NameEn, region.NameZh);
        Kind = Text.Kind(region.Kind);
        Parent = region.Parent is null ? null : (Text.Pick(region.Parent.NameZh, region.Parent.NameEn), region.Parent.Slug);

        // The latest period of each indicator; earlier years are in the CSV. The subquery reads the region's own
        // rows of the (RegionCode, IndicatorCode, Period) index, so the page costs the same in a database of any size.
        var figures = await db.Observations.AsNoTracking()
            .Where(o => o.RegionCode == region.Code
                && o.Period == db.Observations.Where(p => p.RegionCode == region.Code && p.IndicatorCode == o.IndicatorCode).Max(p => p.Period))
            .Select(FigureQueries.ToFigure)
            .ToListAsync(ct);
        EarlierFigures = await db.Observations.CountAsync(o => o.RegionCode == region.Code, ct) - figures.Count;
        Categories = figures
            .OrderBy(f => f.CategorySort).ThenBy(f => f.IndicatorCode, StringComparer.Ordinal).ThenByDescending(f => f.Period, StringComparer.Ordinal)
            .GroupBy(f => Text.Pick(f.CategoryZh, f.CategoryEn))
            .Select(g => (g.Key, (IReadOnlyList<FigureRow>)g.Select(f => f.ToRow()).ToList()))
            .ToList();

        var comparable = await ComparableFiguresAsync(region.Code, region.Kind, figures, ct);
        Charts = comparable.Take(MaxCharts).Select(x => ComparisonChart(region.Code, region.Slug, region.Kind, x.Figure, x.Values)).ToList();
        MoreComparisons = comparable.Skip(MaxCharts)
            .Select(x => (Text.Pick(x.Figure.IndicatorZh, x.Figure.IndicatorEn), x.Figure.IndicatorCode, x.Figure.Period))
            .ToList();

        Designations = (await db.Designations.AsNoTracking()
                .Where(d => d.RegionCode == region.Code)
                .Select(d => new { d.NameZh, d.NameEn, d.Level, d.SourceId, d.Quote })
                .ToListAsync(ct))
            .OrderBy(d => d.Level).ThenBy(d => d.NameZh, StringComparer.Ordinal)
            .Select(d => new DesignationRow(Text.Pick(d.NameZh, d.NameEn), Text.Get("Level" + d.Level), d.SourceId, d.Quote))
            .ToList();

        Partnerships = (await db.PartnershipMembers.AsNoTracking()
                .Where(m => m.RegionCode == region.Code)
                .Select(m => new
                {
                    m.PartnershipSlug,
                    m.Partnership!.NameZh,
                    m.Partnership.NameEn,
                    m.Partnership.Kinds,
                    Partners = m.Partnership.Members.Where(p => p.RegionCode != region.Code)
                        .Select(p => new { p.Region!.NameZh, p.Region.NameEn, p.Region.Slug }).ToList(),
                })
                .ToListAsync(ct))
            .Select(p => new PartnershipRow(
                p.PartnershipSlug,
                Text.Pick(p.NameZh, p.NameEn),
                p.Partners.Select(r => (Text.Pick(r.NameZh, r.NameEn), r.Slug)).ToList(),
                p.Kinds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(k => Text.Get("Cooperation_" + k)).ToList()))
            .ToList();

        Platforms = (await db.PlatformRegions.AsNoTracking()
                .Where(p => p.RegionCode == region.Code)
                .Select(p => new { p.Platform!.NameZh, p.Platform.NameEn, p.PlatformSlug })
                .ToListAsync(ct))
            .Select(p => (Text.Pick(p.NameZh, p.NameEn), p.PlatformSlug))
            .ToList();

        Towns = (await db.Regions.AsNoTracking()
                .Where(r => r.ParentCode == region.Code && r.Kind == RegionKind.Town)
                .OrderBy(r => r.Code)
                .Select(r => new { r.NameZh, r.NameEn, r.Slug })
                .ToListAsync(ct))
            .Select(r => (Text.Pick(r.NameZh, r.NameEn), r.Slug))
            .ToList();

        Citation = await Citation.ForPageAsync(db, Request, Name, Url.Page("/Regions/Details", new { slug = region.Slug })!,
            figures.Select(f => f.SourceId).Concat(Charts.SelectMany(c => c.SourceIds)).Concat(Designations.Select(d => d.SourceId)), ct);
        return Page();
    }

    /// <summary>
    /// For each indicator and period this region has and at least one other county has too: every county's value.
    /// The city page charts the counties beneath it.
    /// </summary>
    private async Task<List<(FigureData Figure, List<FigureData> Values)>> ComparableFiguresAsync(string code, RegionKind kind, List<FigureData> figures, CancellationToken ct)
    {
        var indicators = figures.Select(f => f.IndicatorCode).Distinct().ToList();
        var periods = figures.Select(f => f.Period).Distinct().ToList();
        var counties = await FigureQueries.CountyCodesAsync(db, ct);
        var countyValues = (await db.Observations.AsNoTracking()
                .Where(o => counties.Contains(o.RegionCode!) && indicators.Contains(o.IndicatorCode) && periods.Contains(o.Period))
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .PreferredOfEachFigure()
            .ToList();

        return figures
            .PreferredOfEachFigure()
            .OrderBy(f => f.CategorySort).ThenBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(f => (Figure: f, Values: countyValues.Where(v => v.IndicatorCode == f.IndicatorCode && v.Period == f.Period).ToList()))
            .Where(x => x.Values.Count >= 2 && (kind == RegionKind.City || x.Values.Any(v => v.SubjectCode == code)))
            .ToList();
    }

    private ChartView ComparisonChart(string code, string slug, RegionKind kind, FigureData figure, List<FigureData> values) =>
        ChartView.OneSeries(
            $"chart-{figure.IndicatorCode}-{figure.Period}",
            // The county's own chart highlights it, so its image says whose it is; the city's highlights none.
            ImageCaption.FileName(figure.IndicatorCode, figure.Period, kind == RegionKind.City ? "" : slug),
            Text.Format("ChartCountiesTitle", Text.Pick(figure.IndicatorZh, figure.IndicatorEn), figure.Period),
            figure.Unit,
            values.OrderByDescending(v => v.Value)
                .Select(v => ChartPoint.From(v.Subject, v, v.SubjectCode == code, Url.Page("/Regions/Details", new { slug = v.RegionSlug })))
                .ToList());

    public sealed record DesignationRow(string Name, string Level, string SourceId, string Quote);

    public sealed record PartnershipRow(string Slug, string Name, IReadOnlyList<(string Name, string Slug)> Partners, IReadOnlyList<string> Kinds);
}
