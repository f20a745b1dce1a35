using Jiangmen.Dashboard.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages.Sources;

/// <summary>Every source, with how many figures the dashboard takes from it.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public IReadOnlyList<Row> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Sources = (await db.Sources.AsNoTracking()
                .OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.TitleZh, s.TitleEn, s.PublisherZh, s.PublisherEn, s.Published, Figures = db.Observations.Count(o => o.SourceId == s.Id) })
                .ToListAsync(ct))
            .OrderByDescending(s => s.Figures)
            .Select(s => new Row(s.Id, Text.Pick(s.TitleZh, s.TitleEn), Text.Pick(s.PublisherZh, s.PublisherEn), s.Published, s.Figures))
            .ToList();

    public sealed record Row(string Id, string Title, string Publisher, string? Published, int Figures);
}
