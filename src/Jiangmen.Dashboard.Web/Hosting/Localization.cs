using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// Chinese by default, English with ?culture=en; the choice is remembered in a cookie. Under /api, where a program asks
/// and links are not shared, the Accept-Language header also counts (for the text of errors).
/// </summary>
internal static class Localization
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplication UseDashboardLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // The address decides, then the remembered choice; a browser's Accept-Language does not, so links look the same to everyone.
        var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new CustomRequestCultureProvider(c => c.Request.Path.StartsWithSegments("/api")
                ? acceptLanguage.DetermineProviderCultureResult(c)
                : Task.FromResult<ProviderCultureResult?>(null)),
        ];
        app.UseRequestLocalization(options);

        app.Use(async (context, next) =>
        {
            if (context.Request.Query.ContainsKey("culture"))
            {
                var culture = context.Features.Get<IRequestCultureFeature>()!.RequestCulture;
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(culture),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            await next(context);
        });
        return app;
    }
}
