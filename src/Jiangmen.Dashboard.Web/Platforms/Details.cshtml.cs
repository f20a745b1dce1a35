using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>One platform: its metrics as observations, the counties it lies in, the projects in it.</summary>
public sealed class DetailsModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public PlatformInfo Platform { get; private set; } = null!;
    /// <summary>By category, then indicator.</summary>
    public IReadOnlyList<ObservationRow> Observations { get; private set; } = [];
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        // Model binding turns a blank slug (/platforms/%20) into null.
        if (slug is null || !catalogue.Platforms.TryGetValue(slug, out var platform))
        {
            return NotFound();
        }

        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        Platform = platform;
        GradeSwitch = grades;
        Observations = [.. (await PlatformTable.RowsAsync(db, catalogue, platform, grades, ct))
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal)];
        Projects = await ProjectRow.LoadAsync(db, catalogue, catalogue.ProjectList.Where(p => p.Platform == platform), grades, ct);
        Citation = Citation.ForPage(catalogue, Request, platform.Name, Url.Page("/Platforms/Details", new { slug })!,
            Observations.Select(f => f.SourceId).Concat(Projects.SelectMany(p => p.SourceIds)).Prepend(platform.SourceId), grades.Query);
        return Page();
    }
}
