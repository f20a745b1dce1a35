using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>Addresses of pages outside a page, where there is no Url helper: in a download's metadata and citation.</summary>
internal static class Links
{
    public static string Page(HttpContext http, string page, object? values = null) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, page, values: values)
        ?? throw new InvalidOperationException($"No address for page {page}.");
}

/// <summary>
/// One page's address for any value of its one route parameter, generated once a request rather than for every link: a
/// county's page at the benchmark's scale links hundreds of rows, indicators and towns, and the anchor tag helper's route
/// lookup for each, with the grade switch's tag helper on each, was about a sixth of its render (bench/RESULTS.md,
/// issue 18). Its addresses keep the grade switch, as every link of a page does (<see cref="GradeLinkTagHelper"/>).
/// </summary>
public sealed class LinkPattern
{
    // Unreserved characters only, which route generation writes as they are: found again and replaced by each value.
    private const string Placeholder = "__value__";
    private readonly HttpRequest _request;
    private readonly string _pattern;

    private LinkPattern(IUrlHelper url, string page, string parameter)
    {
        _request = url.ActionContext.HttpContext.Request;
        _pattern = url.Page(page, new RouteValueDictionary { [parameter] = Placeholder })
            ?? throw new InvalidOperationException($"No address for page {page}.");
    }

    /// <summary>The pattern of <paramref name="page"/>'s addresses for this request: made at its first use, then kept with the request.</summary>
    public static LinkPattern Of(IUrlHelper url, string page, string parameter)
    {
        var items = url.ActionContext.HttpContext.Items;
        var key = (typeof(LinkPattern), page, parameter);
        if (items.TryGetValue(key, out var kept) && kept is LinkPattern pattern)
        {
            return pattern;
        }

        pattern = new LinkPattern(url, page, parameter);
        items[key] = pattern;
        return pattern;
    }

    /// <summary>The address for <paramref name="value"/>, encoded as route generation encodes it.</summary>
    public string For(string value, string fragment = "") =>
        GradeLinkTagHelper.Keep(_request, _pattern.Replace(Placeholder, UrlEncoder.Default.Encode(value), StringComparison.Ordinal) + fragment);
}
