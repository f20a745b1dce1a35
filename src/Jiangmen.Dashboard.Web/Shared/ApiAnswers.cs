using System.Security.Cryptography;
using System.Text.Json;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// How /api answers: snake_case JSON with Chinese as characters (<see cref="Hosting.OpenApiDescription"/> configures
/// the serializer, so the description's schemas name the same members), an ETag on every answer so that clients
/// revalidate instead of downloading again, and problem+json naming the parameter that is wrong.
/// </summary>
internal static class ApiAnswers
{
    /// <summary>Answers 304 when the client already holds this content (RFC 9110's rules, <see cref="Freshness"/>), else the JSON.</summary>
    public static IResult Tagged<T>(HttpContext http, T body)
    {
        var json = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, json.SerializerOptions);
        // Weak: the same content compressed is other bytes.
        var etag = "W/\"" + Convert.ToHexString(SHA256.HashData(bytes))[..32] + "\"";
        // Always revalidate: an answer is never served stale after a reseed, and an unchanged one costs a 304.
        http.Response.Headers.CacheControl = "no-cache";
        return Freshness.IsFresh(http, etag, lastModified: null)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(bytes, "application/json; charset=utf-8");
    }

    /// <summary>A 400 in the reader's language that names the parameter.</summary>
    public static IResult Invalid(string parameter, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: Text.Format(Strings.ApiInvalidParameter, parameter), detail: detail,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
