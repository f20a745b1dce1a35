using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>One pairing: its members, kinds of cooperation, and every joint project, fund and route with its figures and quote.</summary>
public sealed class DetailsModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public PartnershipInfo Partnership { get; private set; } = null!;
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        // Model binding turns a blank slug (/partnerships/%20) into null.
        if (slug is null || !catalogue.Partnerships.TryGetValue(slug, out var partnership))
        {
            return NotFound();
        }

        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        Partnership = partnership;
        GradeSwitch = grades;
        var observations = await PartnershipTable.RowsAsync(db, catalogue, partnership, grades, ct);
        Projects = ProjectRow.From(catalogue.ProjectList.Where(p => p.Partnership == partnership), observations);
        Citation = Citation.ForPage(catalogue, Request, partnership.Name, Url.Page("/Partnerships/Details", new { slug })!,
            Projects.SelectMany(p => p.SourceIds).Prepend(partnership.SourceId), grades.Query);
        return Page();
    }
}
