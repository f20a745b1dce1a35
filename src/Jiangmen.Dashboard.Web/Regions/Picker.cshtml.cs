using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>
/// Where the header's region picker sends its form (/regions?region=xinhui): to the region's page, in the language
/// of the address it came from (/en/regions?region=xinhui goes to /en/regions/xinhui), keeping the official-only switch.
/// </summary>
public sealed class PickerModel(CatalogueCache catalogues) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? region, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, Strings.RegionPickerMissing));
        }

        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        var catalogue = await catalogues.GetAsync(ct);
        return catalogue.RegionBySlugOrCode(region) is { } found
            ? RedirectToPage("/Regions/Details", new { slug = found.Slug, grade = grades.OfficialOnly ? GradeFilter.Official : null })
            : NotFound();
    }
}
