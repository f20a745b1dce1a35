using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>Every platform the sources name: its kind, the counties it lies in, how many figures describe it.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public IReadOnlyList<Row> Platforms { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Platforms = (await db.Platforms.AsNoTracking()
                .OrderBy(p => p.Slug)
                .Select(p => new
                {
                    p.Slug, p.NameZh, p.NameEn, p.Kind, p.SourceId, p.Quote,
                    Regions = p.Regions.OrderBy(r => r.RegionCode).Select(r => new { r.Region!.NameZh, r.Region.NameEn, r.Region.Slug }).ToList(),
                    Figures = db.Observations.Count(o => o.PlatformSlug == p.Slug),
                })
                .ToListAsync(ct))
            .Select(p => new Row(p.Slug, Text.Pick(p.NameZh, p.NameEn), Text.PlatformKind(p.Kind),
                p.Regions.Select(r => (Text.Pick(r.NameZh, r.NameEn), r.Slug)).ToList(), p.Figures, p.SourceId, p.Quote))
            .ToList();
        Citation = await Citation.ForPageAsync(db, Request, Strings.PlatformsTitle, Url.Page("/Platforms/Index")!, Platforms.Select(p => p.SourceId), ct);
    }

    public sealed record Row(string Slug, string Name, string Kind, IReadOnlyList<(string Name, string Slug)> Regions, int Figures, string SourceId, string Quote);
}
