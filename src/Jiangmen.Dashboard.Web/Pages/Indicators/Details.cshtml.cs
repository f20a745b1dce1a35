using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Citing;
using Jiangmen.Dashboard.Web.Figures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages.Indicators;

/// <summary>One indicator across every subject that has it: a ranking chart of the counties per period, and the full table.</summary>
public sealed class DetailsModel(DashboardContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public string OtherName { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public string Category { get; private set; } = "";
    public string? Notes { get; private set; }
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    public IReadOnlyList<FigureRow> Rows { get; private set; } = [];
    public IReadOnlyList<(string Id, string Title)> Sources { get; private set; } = [];
    public MapView? Map { get; private set; }
    public Citation Citation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking()
            .Where(i => i.Code == code)
            .Select(i => new { i.NameZh, i.NameEn, i.UnitZh, i.UnitEn, i.NotesZh, i.NotesEn, CategoryZh = i.Category!.NameZh, CategoryEn = i.Category.NameEn })
            .FirstOrDefaultAsync(ct);
        if (indicator is null)
        {
            return NotFound();
        }

        Name = Text.Pick(indicator.NameZh, indicator.NameEn);
        OtherName = Text.Pick(indicator.NameEn, indicator.NameZh);
        Unit = Text.Pick(indicator.UnitZh, indicator.UnitEn);
        Category = Text.Pick(indicator.CategoryZh, indicator.CategoryEn);
        Notes = Text.PickOptional(indicator.NotesZh, indicator.NotesEn);

        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorCode == code)
            .Select(FigureQueries.ToFigure)
            .ToListAsync(ct);

        var ranked = rows.OrderByDescending(r => r.Period, StringComparer.Ordinal).ThenByDescending(r => r.Value).ToList();
        Rows = ranked.Select(r => r.ToRow(r.Subject, r.RegionSlug is null ? null : Url.Page("/Regions/Details", new { slug = r.RegionSlug }))).ToList();

        Charts = ranked
            .PreferredOfEachFigure()
            .Where(r => r.RegionKind is { } kind && FigureQueries.IsCounty(kind))
            .GroupBy(r => r.Period)
            .Select(g => ChartView.OneSeries(
                $"chart-{code}-{g.Key}",
                ImageCaption.FileName(code, g.Key),
                Text.Format("ChartCountiesTitle", Name, g.Key),
                Unit,
                g.Select(r => ChartPoint.From(r.Subject, r, false,
                    Url.Page("/Regions/Details", new { slug = r.RegionSlug }))).ToList()))
            .ToList();

        Map = await MapView.LoadAsync(db, code, slug => Url.Page("/Regions/Details", new { slug }), ct);
        Sources = rows.Select(r => (r.SourceId, Text.Pick(r.SourceZh, r.SourceEn))).Distinct().ToList();
        Citation = await Citation.ForPageAsync(db, Request, Name, Url.Page("/Indicators/Details", new { code })!, rows.Select(r => r.SourceId), ct);
        return Page();
    }
}
