using Jiangmen.Dashboard.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MinimalApp.Pages;

public sealed class IndexModel(DashboardContext db) : PageModel
{
    public int Regions { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Regions = await db.Regions.AsNoTracking().CountAsync(ct);
}
