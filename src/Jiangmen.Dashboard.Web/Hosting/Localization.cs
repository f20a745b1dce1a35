using System.Globalization;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// Chinese at every address, English at the same address under /en (<see cref="Languages"/>). A link shared before
/// English had addresses of its own (?culture=en) is redirected there, and so is the language switch, which remembers the
/// choice in a cookie for the next time the reader comes to the home page. Each page has one address: a trailing slash
/// or capital letters are redirected away. The API and the files are not redirected: there ?culture= chooses the language
/// of their text and, under /api, where a program asks and links are not shared, so does the Accept-Language header.
/// </summary>
internal static class Localization
{
    public static readonly CultureInfo[] Cultures = [Text.Chinese, Text.English];

    public static WebApplication UseDashboardLocalization(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (RedirectToCanonical(context))
            {
                return Task.CompletedTask;
            }

            Languages.Resolve(context);
            return next(context);
        });

        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // The address decides; a browser's Accept-Language does not, so a link looks the same to everyone.
        var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(c => Task.FromResult(Languages.IsEnglishAddress(c) ? new ProviderCultureResult("en") : null)),
            new QueryStringRequestCultureProvider(),
            new CustomRequestCultureProvider(c => c.Request.Path.StartsWithSegments("/api")
                ? acceptLanguage.DetermineProviderCultureResult(c)
                : Task.FromResult<ProviderCultureResult?>(null)),
        ];
        app.UseRequestLocalization(options);
        return app;
    }

    /// <summary>Answers a redirect to the page's one address when the request is not at it.</summary>
    private static bool RedirectToCanonical(HttpContext context)
    {
        var request = context.Request;
        // A failure or a status being shown in the page's place (/Error, /status/404) is not an address a reader asked for.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (reExecuted || (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)))
        {
            return false;
        }

        var english = Languages.IsEnglish(Canonical(request.Path), out var page);
        // A program's address (the API, a file) answers where it is asked, as its description says; ?culture= still
        // chooses the language of its text there.
        if (page.StartsWithSegments("/api") || Path.HasExtension(page.Value))
        {
            return false;
        }

        if (request.Query.TryGetValue(Languages.CultureParameter, out var asked))
        {
            var culture = asked.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Text.English : Text.Chinese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Redirect(context, (request.PathBase + new PathString(Languages.Of(page.Value!, culture))).ToUriComponent() + Languages.QueryWithoutCulture(request),
                permanent: true);
        }

        if (!english && page == "/" && !request.QueryString.HasValue
            && CookieRequestCultureProvider.ParseCookieValue(request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "")?.UICultures is [var remembered]
            && remembered.Value == Text.English.Name)
        {
            return Redirect(context, (request.PathBase + new PathString(Languages.Of("/", Text.English))).ToUriComponent(), permanent: false);
        }

        var canonical = Canonical(request.Path);
        return canonical != request.Path.Value
            && Redirect(context, (request.PathBase + new PathString(canonical)).ToUriComponent() + request.QueryString, permanent: true);
    }

    /// <summary>A page's path in lower case without a trailing slash; files (a dot in the last segment) as they are.</summary>
    private static string Canonical(PathString path)
    {
        var value = path.Value ?? "";
        if (value is "" or "/")
        {
            return "/";
        }

        return Path.HasExtension(value) ? value : value.TrimEnd('/').ToLowerInvariant() is { Length: > 0 } trimmed ? trimmed : "/";
    }

    private static bool Redirect(HttpContext context, string location, bool permanent)
    {
        context.Response.StatusCode = permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        // Not kept by the browser: the same click may set another language next time, and the cookie must be sent again.
        context.Response.Headers.CacheControl = new StringValues("no-store");
        return true;
    }
}
