using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jiangmen.Dashboard.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// Keeps rendered pages in the output cache, keyed by the full address (path and every query parameter), the reader's
/// culture, the accepted encodings and the stamp of the data (<see cref="DataVersionStamp"/>).
/// <para>
/// The stamp is read from the database on every request: a reseed runs as another process, and production runs several
/// instances, so nothing in this process can know of it otherwise. Reading one row by its key costs far less than a
/// page; a page drawn from older data is never matched again, and the entries of an older stamp are evicted as soon as
/// a request sees the new one.
/// </para>
/// Pages answer with an ETag and <c>Cache-Control: no-cache</c>: a browser revalidates and gets a 304 while nothing changed.
/// </summary>
internal sealed class PageCachePolicy : IOutputCachePolicy
{
    private const string Tag = "pages";

    // Identifies this build: a new deployment renders pages differently from the same data.
    private static readonly string Build = typeof(PageCachePolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private string? _lastStamp;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var stamp = await DataVersionStamp.ReadAsync(http.RequestServices.GetRequiredService<DatabaseSettings>(), cancellation);
        if (stamp is null)
        {
            // No load has stamped the data yet: nothing to key a cache on.
            return;
        }

        var previous = Interlocked.Exchange(ref _lastStamp, stamp);
        if (previous is not null && previous != stamp)
        {
            await http.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellation);
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.Tags.Add(Tag);
        // The address exactly as asked: the cache's own rules would ignore the case of the path and the order of
        // repeated parameters, and /compare?regions=a&regions=b is not /compare?regions=b&regions=a.
        context.CacheVaryByRules.VaryByValues["path"] = http.Request.Path.Value ?? "";
        context.CacheVaryByRules.VaryByValues["query"] = http.Request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["data"] = stamp;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;

        // Set before the page runs, so that the cache stores them with it and answers a matching If-None-Match with 304.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = ETag(http, stamp);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Errors (400 with its message, 404) are cheap and say something about one request: not kept.
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The same page of the same data in the same build, language and encoding has the same tag.</summary>
    private static string ETag(HttpContext http, string stamp)
    {
        var request = http.Request;
        var key = string.Join('\n', Build, request.Path.Value, request.QueryString.Value, CultureInfo.CurrentUICulture.Name,
            request.Headers.AcceptEncoding.ToString());
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return $"W/\"{stamp}-{hash}\"";
    }
}
