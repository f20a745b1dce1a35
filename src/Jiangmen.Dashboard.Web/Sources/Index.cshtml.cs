using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>Every source, with how many figures the dashboard takes from it; the most used first.</summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public IReadOnlyList<SourceRow> Sources { get; private set; } = [];
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
        var table = await SourceList.LoadAsync(HttpContext, db, catalogue, grades, ct);
        Sources = [.. (await table.Rows.ToListAsync(ct)).OrderByDescending(s => s.ObservationCount)];
        Citation = Citation.ForPage(catalogue, Request, Strings.SourcesTitle, Url.Page("/Sources/Index")!, await table.SourceIds(ct), grades.Query);
        return Page();
    }
}
