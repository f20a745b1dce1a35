namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// /geo/jiangmen.json: the seven county boundaries as GeoJSON (feature ids are the division codes), thinned
/// (<see cref="CountyOutlines"/>) for whoever draws their own map; the pages draw theirs from the same outlines.
/// </summary>
internal static class GeographyEndpoints
{
    public static IEndpointRouteBuilder MapGeography(this IEndpointRouteBuilder app)
    {
        app.MapGet("/geo/jiangmen.json", (HttpContext http, CountyOutlines outlines) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(outlines.GeoJson, "application/geo+json; charset=utf-8");
        })
            // The boundaries restored from npm like the scripts; not part of the data's contract.
            .ExcludeFromDescription();
        return app;
    }
}
