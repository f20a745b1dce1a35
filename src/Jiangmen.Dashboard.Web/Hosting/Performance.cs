using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// What keeps pages close to the speed of a static file (see bench/RESULTS.md): compressed responses, and pages kept
/// in an output cache that is keyed by the data's stamp (<see cref="PageCachePolicy"/>), so a reseed is never served stale.
/// Static files are fingerprinted and cached for a year by MapStaticAssets in <see cref="DashboardHostingExtensions"/>.
/// </summary>
internal static class Performance
{
    public const string PagePolicy = "pages";

    public static IServiceCollection AddDashboardPerformance(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // No page carries a secret an attacker could guess byte by byte (no forms that post, no tokens), so BREACH
            // does not apply and HTTPS responses are compressed too.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "application/geo+json", "application/problem+json"]);
        });
        // Brotli at its default quality (4), not the fastest (1): the response is written in 16 KB pieces, and at the
        // fastest quality each piece is compressed nearly on its own, so a long table's repeated rows were sent about
        // twice over (a county page 22 KB instead of 11 KB) for no less time (about 1 ms a page either way; measured
        // in bench/RESULTS.md, issue 18). Gzip, for the rare browser without Brotli, stays fastest.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddOutputCache(options => options.AddPolicy(PagePolicy, new PageCachePolicy()));
        return services;
    }

    /// <summary>
    /// After routing (the cache policy belongs to the endpoint) and before the endpoints: the cache stores what the
    /// compression writes, so a cached page is compressed once, not on every request.
    /// </summary>
    public static WebApplication UseDashboardPerformance(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
