using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>Every platform the sources name: its kind, the counties it lies in, how many figures describe it.</summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public IReadOnlyList<PlatformRow> Platforms { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        GradeSwitch = grades;
        var catalogue = await catalogues.GetAsync(ct);
        var table = await PlatformList.LoadAsync(HttpContext, db, catalogue, grades, ct);
        Platforms = await table.Rows.ToListAsync(ct);
        Citation = Citation.ForPage(catalogue, Request, Strings.PlatformsTitle, Url.Page("/Platforms/Index")!, await table.SourceIds(ct), grades.Query);
        return Page();
    }
}
