using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// With the "official releases only" switch on, every link of the page to the dashboard's own pages and downloads keeps
/// it (?grade=official), so that a reader who turned it on, and a link they share, stays in that view. It runs after
/// the anchor tag helper has written asp-page's href.
/// </summary>
[HtmlTargetElement("a")]
public sealed class GradeLinkTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Href(output) is { } href && Keep(ViewContext.HttpContext.Request, href) is var kept && kept != href)
        {
            output.Attributes.SetAttribute("href", kept);
        }
    }

    /// <summary>
    /// <paramref name="href"/> with the request's ?grade=official added, where the switch is on and the address is the
    /// dashboard's own and does not say a grade already; else as it is.
    /// </summary>
    public static string Keep(HttpRequest request, string href)
    {
        if (GradeFilter.From(request) is not { OfficialOnly: true } filter
            || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        var fragment = href.IndexOf('#', StringComparison.Ordinal);
        var (address, anchor) = fragment < 0 ? (href, "") : (href[..fragment], href[fragment..]);
        var query = address.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0 && QueryHelpers.ParseQuery(address[query..]).ContainsKey(GradeFilter.Parameter))
        {
            return href;
        }

        var (key, value) = filter.Query;
        return QueryHelpers.AddQueryString(address, key, value) + anchor;
    }

    /// <summary>The address as written: a Razor value arrives HTML-encoded, and is encoded again when written.</summary>
    private static string? Href(TagHelperOutput output)
    {
        switch (output.Attributes["href"]?.Value)
        {
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return null;
        }
    }
}
