using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// How /api answers: snake_case JSON with Chinese as characters, an ETag on every answer so that clients revalidate
/// instead of downloading again, and problem+json naming the parameter that is wrong.
/// </summary>
internal static class ApiAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Chinese as characters, not \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Answers 304 when the client already holds this exact content, else the JSON with its ETag.</summary>
    public static IResult Tagged<T>(HttpContext http, T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..32] + "\"";
        // Always revalidate: an answer is never served stale after a reseed, and an unchanged one costs a 304.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }

    public static IResult Invalid(string parameter, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid parameter '{parameter}'", detail: detail,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
