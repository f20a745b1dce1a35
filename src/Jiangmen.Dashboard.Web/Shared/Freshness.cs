using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The validators of an answer (ETag, Last-Modified) and RFC 9110's conditional GET: If-None-Match is compared weakly
/// against the current tag (W/"x" matches "x"), a list matches when any of its tags does and * matches any current
/// answer; only without If-None-Match does If-Modified-Since count (section 13.2.2).
/// </summary>
internal static class Freshness
{
    /// <summary>Identifies this build: a new deployment may write the same data differently.</summary>
    private static readonly string Build = typeof(Freshness).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly DateTimeOffset Built = File.GetLastWriteTimeUtc(typeof(Freshness).Assembly.Location);

    /// <summary>
    /// The validators of a download, known before a row is read: the same address (host included, which the metadata
    /// names) of the same data in the same build on the same day (the files are dated) is the same file. The tag is weak:
    /// a compressed answer is not the same bytes. Then whether the client holds it.
    /// </summary>
    public static bool IsFreshDownload(HttpContext http, Catalogue catalogue)
    {
        if (catalogue.Stamp is null || catalogue.ChangedAt is not { } changed)
        {
            return false;
        }

        var request = http.Request;
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var key = string.Join('\n', Build, request.Scheme, request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value,
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        http.Response.Headers.CacheControl = "no-cache";
        return IsFresh(http, $"W/\"{catalogue.Stamp}-{hash}\"", new[] { changed, today, Built }.Max());
    }

    /// <summary>Sets the validators and tells whether the client already holds this answer (then send 304).</summary>
    public static bool IsFresh(HttpContext http, string etag, DateTimeOffset? lastModified)
    {
        var response = http.Response.GetTypedHeaders();
        http.Response.Headers.ETag = etag;
        if (lastModified is { } modified)
        {
            response.LastModified = Truncate(modified);
        }

        var request = http.Request.GetTypedHeaders();
        if (http.Request.Headers.IfNoneMatch.Count > 0)
        {
            var current = EntityTagHeaderValue.Parse(etag);
            return request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return lastModified is not null && request.IfModifiedSince is { } since && Truncate(lastModified.Value) <= since;
    }

    /// <summary>HTTP dates have whole seconds.</summary>
    private static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerSecond));
}
