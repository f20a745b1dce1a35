using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Status;

/// <summary>
/// The page for an error status that has no body of its own (see Hosting/Errors): a title and an explanation for
/// 400, 404, 405, 429 and 503 in the reader's language, and for 404 a list of what does exist.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public int Code { get; private set; }
    public string? Path { get; private set; }
    public string RequestId { get; private set; } = "";

    /// <summary>400, 404, 405, 429 and 503 have a title and text of their own; any other code, the general one.</summary>
    public string Title => Code switch
    {
        StatusCodes.Status400BadRequest => Strings.Status400Title,
        StatusCodes.Status404NotFound => Strings.NotFoundTitle,
        StatusCodes.Status405MethodNotAllowed => Strings.Status405Title,
        StatusCodes.Status429TooManyRequests => Strings.Status429Title,
        StatusCodes.Status503ServiceUnavailable => Strings.Status503Title,
        _ => Text.Format(Strings.StatusTitle, Code),
    };

    public string Explanation => Code switch
    {
        StatusCodes.Status400BadRequest => Strings.Status400Text,
        StatusCodes.Status405MethodNotAllowed => Strings.Status405Text,
        StatusCodes.Status429TooManyRequests => Strings.Status429Text,
        StatusCodes.Status503ServiceUnavailable => Strings.Status503Text,
        _ => Strings.StatusText,
    };

    public IReadOnlyList<(string Name, string Slug)> Regions { get; private set; } = [];
    public IReadOnlyList<(string Name, string Code)> Indicators { get; private set; } = [];
    public IReadOnlyList<(string Name, string Id)> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int code, CancellationToken ct)
    {
        // Only the status-code pages show this page; /status/... typed in is an unknown address like any other.
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (reExecute is null)
        {
            return NotFound();
        }

        Code = code;
        Path = reExecute.OriginalPath;
        RequestId = Errors.RequestId(HttpContext);
        if (code != StatusCodes.Status404NotFound)
        {
            return Page();
        }

        Regions = (await db.Regions.AsNoTracking().Where(r => r.Kind != RegionKind.Town).OrderBy(r => r.Code)
                .Select(r => new { r.NameZh, r.NameEn, r.Slug }).ToListAsync(ct))
            .Select(r => (Text.Pick(r.NameZh, r.NameEn), r.Slug)).ToList();
        Indicators = (await db.Indicators.AsNoTracking().OrderBy(i => i.Category!.Sort).ThenBy(i => i.Code)
                .Select(i => new { i.NameZh, i.NameEn, i.Code }).ToListAsync(ct))
            .Select(i => (Text.Pick(i.NameZh, i.NameEn), i.Code)).ToList();
        Sources = (await db.Sources.AsNoTracking().OrderBy(s => s.Id)
                .Select(s => new { s.TitleZh, s.TitleEn, s.Id }).ToListAsync(ct))
            .Select(s => (Text.Pick(s.TitleZh, s.TitleEn), s.Id)).ToList();
        return Page();
    }
}
