using Jiangmen.Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Status;

/// <summary>
/// The answer to a request that failed (see Hosting/Errors): 503 when the database is out of reach, else 500, with
/// the request id that the log line also carries. It never touches the database, which may be the thing that failed.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string RequestId { get; private set; } = "";
    public bool Unavailable => Code == StatusCodes.Status503ServiceUnavailable;

    public IActionResult OnGet()
    {
        // Only the exception handler shows this page; a visitor typing /Error finds nothing here.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            return NotFound();
        }

        Code = Response.StatusCode;
        RequestId = Errors.RequestId(HttpContext);
        if (Unavailable)
        {
            Response.Headers.RetryAfter = "30";
        }

        return Page();
    }
}
