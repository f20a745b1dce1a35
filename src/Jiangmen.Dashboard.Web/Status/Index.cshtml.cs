using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Status;

/// <summary>
/// The page for an error status that has no body of its own (see Hosting/Errors): a title and an explanation for
/// 400, 404, 405, 429 and 503 in the reader's language, and for 404 a list of what does exist.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(CatalogueCache catalogues) : PageModel
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
        // A page that refused a parameter says which and why.
        StatusCodes.Status400BadRequest => GradeFilter.Problem(HttpContext) ?? Strings.Status400Text,
        StatusCodes.Status405MethodNotAllowed => Strings.Status405Text,
        StatusCodes.Status429TooManyRequests => Strings.Status429Text,
        StatusCodes.Status503ServiceUnavailable => Strings.Status503Text,
        _ => Strings.StatusText,
    };

    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];
    public IReadOnlyList<IndicatorInfo> Indicators { get; private set; } = [];
    public IReadOnlyList<SourceInfo> Sources { get; private set; } = [];

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

        var catalogue = await catalogues.GetAsync(ct);
        Regions = [.. catalogue.RegionList.Where(r => r.Kind != RegionKind.Town)];
        Indicators = [.. catalogue.IndicatorList.OrderBy(i => i.Category.Sort).ThenBy(i => i.Code, StringComparer.Ordinal)];
        Sources = catalogue.SourceList;
        return Page();
    }
}
