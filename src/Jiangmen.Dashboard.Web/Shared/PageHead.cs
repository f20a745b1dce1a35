using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Sharing;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// What the layout writes in a page's head and header: the title (the page's own first, short enough for a search
/// result), the description, the page's one address in each language, where the language switch leads, and the picture
/// a shared link shows.
/// </summary>
public sealed record PageHead(string Title, string Description, string Canonical, string Chinese, string English, string Switch, bool Indexed, string Image)
{
    /// <summary>Longer titles are cut off in search results.</summary>
    public const int TitleLength = 60;

    public static PageHead For(HttpContext http, string? title, string? description)
    {
        var request = http.Request;
        var path = request.PathBase + Errors.OriginalPath(http);
        var query = Languages.QueryWithoutCulture(request);
        var origin = $"{request.Scheme}://{request.Host}";
        string Address(System.Globalization.CultureInfo culture) => origin + Languages.InLanguage(request, path, culture) + query;
        var (chinese, english) = (Address(Text.Chinese), Address(Text.English));
        var other = Text.IsEnglish ? "zh-CN" : "en";
        return new PageHead(
            Shorten(title),
            description ?? Strings.OverviewIntro,
            Text.IsEnglish ? english : chinese,
            chinese,
            english,
            path + (query.Length > 0 ? query + "&" : "?") + Languages.CultureParameter + "=" + other,
            http.Response.StatusCode == StatusCodes.Status200OK,
            // Every page's preview shows a chart: its own where it has one worth sharing, else the overview's.
            origin + request.PathBase + (ShareEndpoints.Of(http.GetRouteValue("page") as string, request.RouteValues) ?? ShareEndpoints.OverviewPicture));
    }

    /// <summary>"新会区 · 江门县域经济", the page's name alone where both would be too long, cut short where even that is.</summary>
    private static string Shorten(string? title)
    {
        var page = title ?? Strings.SiteName;
        var full = page == Strings.SiteName ? page : page + " · " + Strings.SiteName;
        return full.Length <= TitleLength ? full : page.Length <= TitleLength ? page : page[..(TitleLength - 1)] + "…";
    }
}
