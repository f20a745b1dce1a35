using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>Every source, with how many figures the dashboard takes from it.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public IReadOnlyList<Row> Sources { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sources = (await db.Sources.AsNoTracking()
                .OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.TitleZh, s.TitleEn, s.PublisherZh, s.PublisherEn, s.Published, Figures = db.Observations.Count(o => o.SourceId == s.Id) })
                .ToListAsync(ct))
            .OrderByDescending(s => s.Figures)
            .Select(s => new Row(s.Id, Text.Pick(s.TitleZh, s.TitleEn), Text.Pick(s.PublisherZh, s.PublisherEn), s.Published, s.Figures))
            .ToList();
        Citation = await Citation.ForPageAsync(db, Request, Strings.SourcesTitle, Url.Page("/Sources/Index")!, Sources.Select(s => s.Id), ct);
    }

    public sealed record Row(string Id, string Title, string Publisher, string? Published, int Figures);
}
