using Microsoft.AspNetCore.CookiePolicy;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// What every answer carries so that a browser treats the site safely: a Content-Security-Policy that allows only
/// our own files (no inline script or style, no third-party origin), nosniff, a referrer policy, no framing unless
/// Security:FrameAncestors names who may embed us, HSTS and Secure cookies outside development, no Server banner.
/// And the site is read-only: a method other than GET or HEAD is refused before it reaches a page. The data (the API,
/// the downloads and the OpenAPI description) may be fetched from any origin, without credentials.
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

    /// <summary>The CORS policy of what is public data: any origin may read it, no credentials, nothing else.</summary>
    public const string PublicData = "public-data";

    /// <summary>The headers a script on another origin may read besides the simple ones.</summary>
    private static readonly string[] ExposedHeaders =
        ["ETag", "Last-Modified", "Link", "Content-Disposition", "Retry-After"];

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
        // A notebook on another origin may fetch() the data; a preflight (for If-None-Match, say) is kept for a day.
        builder.Services.AddCors(o => o.AddPolicy(PublicData, policy => policy
            .AllowAnyOrigin()
            .WithMethods(ReadMethods)
            .AllowAnyHeader()
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));
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
    /// HEAD is answered everywhere GET is, with the same status and headers and no body: the request goes through as a
    /// GET into a body that keeps nothing (Kestrel, which still knows the request was a HEAD, sends no body either).
    /// The method is given back afterwards, so the request is logged as the HEAD it was.
    /// </summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }

    /// <summary>
    /// The web has no write access: data change only through the `seed` command. Any other method than GET or HEAD
    /// answers 405 here, before any page or form binding sees the request. After CORS, which answers the preflight of
    /// a cross-origin GET (an OPTIONS) on the public data itself; any other OPTIONS is refused here.
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
