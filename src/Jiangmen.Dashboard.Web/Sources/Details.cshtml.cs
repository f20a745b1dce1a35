using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>One source: what it is, and every figure and designation taken from it beside its quote.</summary>
public sealed class DetailsModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public SourceInfo Source { get; private set; } = null!;
    /// <summary>In the order seeds/ lists them.</summary>
    public IReadOnlyList<ObservationRow> Observations { get; private set; } = [];
    public IReadOnlyList<DesignationInfo> Designations { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        // Model binding turns a blank id (/sources/%20) into null.
        if (id is null || !catalogue.Sources.TryGetValue(id, out var source))
        {
            return NotFound();
        }

        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        Source = source;
        GradeSwitch = grades;
        Observations = [.. (await SourceTable.RowsAsync(db, catalogue, source, grades, ct)).OrderBy(f => f.Id)];
        Designations = [.. catalogue.Designations.Where(d => d.SourceId == id)];
        Citation = Citation.ForPage(catalogue, Request, source.Title, Url.Page("/Sources/Details", new { id })!, [id], grades.Query);
        return Page();
    }
}
