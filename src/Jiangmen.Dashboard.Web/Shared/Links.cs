namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>Addresses of pages outside a page, where there is no Url helper: in a download's metadata and citation.</summary>
internal static class Links
{
    public static string Page(HttpContext http, string page, object? values = null) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, page, values: values)
        ?? throw new InvalidOperationException($"No address for page {page}.");
}
