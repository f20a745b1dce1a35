using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages.Status;

/// <summary>The page for an error status: for 404, a list of what does exist.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public int Code { get; private set; }
    public string? Path { get; private set; }
    public IReadOnlyList<(string Name, string Slug)> Regions { get; private set; } = [];
    public IReadOnlyList<(string Name, string Code)> Indicators { get; private set; } = [];
    public IReadOnlyList<(string Name, string Id)> Sources { get; private set; } = [];

    public async Task OnGetAsync(int code, CancellationToken ct)
    {
        Code = code;
        Path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (code != StatusCodes.Status404NotFound)
        {
            return;
        }

        Regions = (await db.Regions.AsNoTracking().Where(r => r.Kind != RegionKind.Town).OrderBy(r => r.Code)
                .Select(r => new { r.NameZh, r.NameEn, r.Slug }).ToListAsync(ct))
            .Select(r => (Text.Pick(r.NameZh, r.NameEn), r.Slug)).ToList();
        Indicators = (await db.Indicators.AsNoTracking().OrderBy(i => i.Category!.Sort).ThenBy(i => i.Code)
                .Select(i => new { i.NameZh, i.NameEn, i.Code }).ToListAsync(ct))
            .Select(i => (Text.Pick(i.NameZh, i.NameEn), i.Code)).ToList();
        Sources = (await db.Sources.AsNoTracking().OrderBy(s => s.Id)
                .Select(s => new { s.TitleZh, s.TitleEn, s.Id }).ToListAsync(ct))
            .Select(s => (Text.Pick(s.TitleZh, s.TitleEn), s.Id)).ToList();
    }
}
