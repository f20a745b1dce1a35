using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>One platform: its metrics as observations, the counties it lies in, the projects in it.</summary>
public sealed class DetailsModel(DashboardContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public string OtherName { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string SourceId { get; private set; } = "";
    public string Quote { get; private set; } = "";
    public IReadOnlyList<(string Name, string Slug)> Regions { get; private set; } = [];
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var platform = await db.Platforms.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.NameZh, p.NameEn, p.Kind, p.SourceId, p.Quote,
                Regions = p.Regions.OrderBy(r => r.RegionCode).Select(r => new { r.Region!.NameZh, r.Region.NameEn, r.Region.Slug }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (platform is null)
        {
            return NotFound();
        }

        Name = Text.Pick(platform.NameZh, platform.NameEn);
        OtherName = Text.Pick(platform.NameEn, platform.NameZh);
        Kind = Text.PlatformKind(platform.Kind);
        SourceId = platform.SourceId;
        Quote = platform.Quote;
        Regions = platform.Regions.Select(r => (Text.Pick(r.NameZh, r.NameEn), r.Slug)).ToList();
        Figures = (await db.Observations.AsNoTracking()
                .Where(o => o.PlatformSlug == slug)
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .OrderBy(f => f.CategorySort).ThenBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(f => f.ToRow())
            .ToList();
        Projects = await ProjectRow.LoadAsync(db, p => p.PlatformSlug == slug, ct);
        Citation = await Citation.ForPageAsync(db, Request, Name, Url.Page("/Platforms/Details", new { slug })!,
            Figures.Select(f => f.SourceId).Concat(Projects.SelectMany(p => p.SourceIds)).Prepend(SourceId), ct);
        return Page();
    }
}
