using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>One pairing: its members, kinds of cooperation, and every joint project, fund and route with its figures and quote.</summary>
public sealed class DetailsModel(DashboardContext db) : PageModel
{
    public PairingRow Pairing { get; private set; } = null!;
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        // Model binding turns a blank slug (/partnerships/%20) into null, which LoadAsync reads as "every pairing".
        var pairing = slug is null ? null : (await PairingRow.LoadAsync(db, slug, ct)).SingleOrDefault();
        if (pairing is null)
        {
            return NotFound();
        }

        Pairing = pairing;
        Projects = await ProjectRow.LoadAsync(db, p => p.PartnershipSlug == slug, ct);
        Citation = await Citation.ForPageAsync(db, Request, pairing.Name, Url.Page("/Partnerships/Details", new { slug })!,
            Projects.SelectMany(p => p.SourceIds).Prepend(pairing.SourceId), ct);
        return Page();
    }
}
