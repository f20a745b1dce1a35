using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Each language has addresses of its own, so that a link reopens a view in the language it was shared in and a crawler
/// that follows an English page stays in English: Chinese at /regions/xinhui (the home page at /), English at
/// /en/regions/xinhui (the home page at /en). An /en address is served as the same page with "/en" moved into the path
/// base, so every link the page makes keeps it.
/// </summary>
public static class Languages
{
    public const string EnglishSegment = "/en";

    /// <summary>The query parameter of links shared before English had addresses of its own (?culture=en).</summary>
    public const string CultureParameter = "culture";

    private static readonly object EnglishKey = new();

    /// <summary>Before routing: an /en address is its page in English.</summary>
    public static void Resolve(HttpContext context)
    {
        var request = context.Request;
        if (IsEnglish(request.Path, out var rest))
        {
            request.PathBase = request.PathBase.Add(EnglishSegment);
            request.Path = rest;
            context.Items[EnglishKey] = true;
        }
    }

    /// <summary>Whether <paramref name="path"/> is an English address, and the page's path without the language.</summary>
    public static bool IsEnglish(PathString path, out PathString page)
    {
        var english = path.StartsWithSegments(EnglishSegment, StringComparison.Ordinal, out var rest);
        page = english ? (rest.HasValue ? rest : "/") : path;
        return english;
    }

    /// <summary>A page's path (without any base or language) at its address in <paramref name="culture"/>'s language.</summary>
    public static string Of(string page, CultureInfo culture) =>
        !Text.IsEnglishCulture(culture) ? page : page == "/" ? EnglishSegment : EnglishSegment + page;

    /// <summary>The request's query without <see cref="CultureParameter"/> ("?regions=xinhui,taishan", or ""), commas kept readable.</summary>
    public static string QueryWithoutCulture(HttpRequest request)
    {
        var kept = request.Query.Where(q => q.Key != CultureParameter)
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "").Replace("%2C", ",", StringComparison.Ordinal)))
            .ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    /// <summary>Whether the request came to an English address.</summary>
    public static bool IsEnglishAddress(HttpContext context) => context.Items.ContainsKey(EnglishKey);

    /// <summary>
    /// An address made for this request (with its path base, as Url.Page gives it) as the same address in
    /// <paramref name="culture"/>'s language.
    /// </summary>
    public static string InLanguage(HttpRequest request, string address, CultureInfo culture)
    {
        var pathBase = request.PathBase.Value ?? "";
        var page = address.StartsWith(pathBase, StringComparison.Ordinal) ? address[pathBase.Length..] : address;
        return AppBase(request) + Of(page.Length == 0 ? "/" : page, culture);
    }

    /// <summary>The app's own path base (where it is deployed), without the language.</summary>
    private static string AppBase(HttpRequest request)
    {
        var pathBase = request.PathBase.Value ?? "";
        return IsEnglishAddress(request.HttpContext) ? pathBase[..^EnglishSegment.Length] : pathBase;
    }
}
