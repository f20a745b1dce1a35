using Microsoft.AspNetCore.CookiePolicy;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// What every answer carries so that a browser treats the site safely: a Content-Security-Policy that allows only
/// our own files (no inline script or style, no third-party origin), nosniff, a referrer policy, no framing unless
/// Security:FrameAncestors names who may embed us, HSTS and Secure cookies outside development, no Server banner.
/// And the site is read-only: a method other than GET or HEAD is refused before it reaches a page.
/// </summary>
internal static class Security
{
    /// <summary>
    /// img-src allows data: and blob: because charts are saved as images from their canvas; everything else is 'self'.
    /// </summary>
    public static string ContentSecurityPolicy(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        $"frame-ancestors {frameAncestors}";

    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplicationBuilder AddDashboardSecurity(this WebApplicationBuilder builder)
    {
        // A banner only tells an attacker which server to look up.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Nothing on this site reads a request body; the header and request-line limits are Kestrel's defaults, stated.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

        var development = builder.Environment.IsDevelopment();
        var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = secure;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        // No form posts today; should one appear, its token cookie is locked down from the start.
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>Outermost: the headers are added as the answer starts, so error pages and re-executed answers get them too.</summary>
    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        var frameAncestors = app.Configuration["Security:FrameAncestors"] is { Length: > 0 } allowed ? allowed : "'none'";
        var policy = ContentSecurityPolicy(frameAncestors);
        var denyFraming = frameAncestors == "'none'";

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                if (denyFraming)
                {
                    // For browsers that predate frame-ancestors.
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        return app;
    }

    /// <summary>
    /// The web has no write access: data change only through the `seed` command. Any other method than GET or HEAD
    /// answers 405 here, before any page or form binding sees the request.
    /// </summary>
    public static WebApplication UseReadOnlyMethods(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (ReadMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        });
        return app;
    }
}
