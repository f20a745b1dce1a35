using System.Text;
using System.Xml;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>/robots.txt and /sitemap.xml: every page in both languages, each with its other language as an alternate.</summary>
internal static class SearchEngines
{
    private static readonly string[] Lists = ["/Overview/Index", "/Indicators/Index", "/Compare/Index", "/Partnerships/Index", "/Platforms/Index", "/Sources/Index"];

    public static IEndpointRouteBuilder MapSearchEngines(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", Robots).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        return app;
    }

    private static IResult Robots(HttpContext http) =>
        Results.Text($"User-agent: *\nAllow: /\nSitemap: {http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/sitemap.xml\n", "text/plain; charset=utf-8");

    private static async Task<IResult> SitemapAsync(HttpContext http, CatalogueCache catalogues, LinkGenerator links, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        string Page(string page, object? values = null) => links.GetPathByPage(http, page, values: values)!;
        var pages = Lists.Select(p => Page(p))
            .Concat(catalogue.RegionList.Select(r => Page("/Regions/Details", new { slug = r.Slug })))
            .Concat(catalogue.IndicatorList.Select(i => Page("/Indicators/Details", new { code = i.Code })))
            .Concat(catalogue.PartnershipList.Select(p => Page("/Partnerships/Details", new { slug = p.Slug })))
            .Concat(catalogue.PlatformList.Select(p => Page("/Platforms/Details", new { slug = p.Slug })))
            .Concat(catalogue.SourceList.Select(s => Page("/Sources/Details", new { id = s.Id })));

        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            writer.WriteAttributeString("xmlns", "xhtml", null, "http://www.w3.org/1999/xhtml");
            foreach (var path in pages)
            {
                var addresses = new[] { ("zh-CN", Text.Chinese), ("en", Text.English) }
                    .Select(l => (Lang: l.Item1, Address: origin + Languages.InLanguage(http.Request, path, l.Item2))).ToList();
                foreach (var (_, address) in addresses)
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", address);
                    foreach (var (lang, alternate) in addresses)
                    {
                        writer.WriteStartElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
                        writer.WriteAttributeString("rel", "alternate");
                        writer.WriteAttributeString("hreflang", lang);
                        writer.WriteAttributeString("href", alternate);
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }

        return Results.Text(xml.ToString(), "application/xml; charset=utf-8");
    }
}
