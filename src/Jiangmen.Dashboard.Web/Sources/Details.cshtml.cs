using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>One source: what it is, and every figure and designation taken from it beside its quote.</summary>
public sealed class DetailsModel(DashboardContext db) : PageModel
{
    public string Title { get; private set; } = "";
    public string OtherTitle { get; private set; } = "";
    public string Publisher { get; private set; } = "";
    public string? Authors { get; private set; }
    public string? Published { get; private set; }
    public string? Address { get; private set; }
    public string? ReadAt { get; private set; }
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<(string Region, string Name, string Quote)> Designations { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null)
        {
            return NotFound();
        }

        Title = Text.Pick(source.TitleZh, source.TitleEn);
        OtherTitle = Text.Pick(source.TitleEn, source.TitleZh);
        Publisher = Text.Pick(source.PublisherZh, source.PublisherEn);
        Authors = source.Authors?.Replace(";", Strings.ListSeparator, StringComparison.Ordinal);
        Published = source.Published;
        Address = source.Url;
        ReadAt = source.ReadAt;

        Figures = (await db.Observations.AsNoTracking()
                .Where(o => o.SourceId == id)
                .OrderBy(o => o.Id)
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .Select(f => f.ToRow(f.Subject, f.RegionSlug is null ? null : Url.Page("/Regions/Details", new { slug = f.RegionSlug })))
            .ToList();

        Designations = (await db.Designations.AsNoTracking()
                .Where(d => d.SourceId == id)
                .Select(d => new { d.Region!.NameZh, d.Region.NameEn, Zh = d.NameZh, En = d.NameEn, d.Quote })
                .ToListAsync(ct))
            .Select(d => (Text.Pick(d.NameZh, d.NameEn), Text.Pick(d.Zh, d.En), d.Quote))
            .ToList();
        Citation = await Citation.ForPageAsync(db, Request, Title, Url.Page("/Sources/Details", new { id })!, [id], ct);
        return Page();
    }
}
