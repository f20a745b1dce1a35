using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jiangmen.Dashboard.Web.Geography;

namespace Jiangmen.Dashboard.Tests.Geography;

public sealed class EChartsMapTests
{
    private static readonly string[] CountyCodes = ["440703", "440704", "440705", "440781", "440783", "440784", "440785"];

    private static string MapScript()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Jiangmen.Dashboard.sln")))
        {
            directory = directory.Parent;
        }

        // Restored from the npm package by LibMan when the web project builds.
        return File.ReadAllText(Path.Combine(directory.FullName, "src", "Jiangmen.Dashboard.Web", "wwwroot", GeographyEndpoints.MapScript));
    }

    private static IEnumerable<JsonArray> Rings(JsonNode feature)
    {
        var geometry = feature["geometry"]!;
        var polygons = geometry["type"]!.GetValue<string>() == "Polygon"
            ? [geometry["coordinates"]!.AsArray()]
            : geometry["coordinates"]!.AsArray().Select(p => p!.AsArray());
        return polygons.SelectMany(p => p.Select(r => r!.AsArray()));
    }

    [Fact]
    public void A_ring_decodes_from_its_offset_by_zigzag_deltas_in_1024ths_of_a_degree_and_is_closed()
    {
        // '@' is 64 (delta 0), 'B' is 66 (zigzag 2 = +1), 'A' is 65 (zigzag 1 = -1).
        var ring = EChartsMap.DecodeRing("@@BBAB", 1024 * 113, 1024 * 22);

        ring.Should().Equal((113.0, 22.0), (113 + 1 / 1024.0, 22 + 1 / 1024.0), (113.0, 22 + 2 / 1024.0), (113.0, 22.0));
    }

    [Fact]
    public void The_Jiangmen_map_decodes_to_one_feature_per_county_code()
    {
        var map = EChartsMap.Decode(MapScript());

        map["type"]!.GetValue<string>().Should().Be("FeatureCollection");
        map["features"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).Should().BeEquivalentTo(CountyCodes);
    }

    [Fact]
    public void Every_decoded_ring_is_closed_and_lies_inside_Jiangmen()
    {
        var map = EChartsMap.Decode(MapScript());
        var rings = map["features"]!.AsArray().SelectMany(f => Rings(f!)).ToList();

        rings.Should().NotBeEmpty();
        foreach (var ring in rings)
        {
            ring.Count.Should().BeGreaterThanOrEqualTo(4);
            ring[0]!.ToJsonString().Should().Be(ring[^1]!.ToJsonString());
            // Jiangmen spans about 111°59'–113°15' E and 21°27'–22°51' N.
            ring.Select(p => p!.AsArray()).Should().OnlyContain(p =>
                p[0]!.GetValue<double>() > 111.8 && p[0]!.GetValue<double>() < 113.4 &&
                p[1]!.GetValue<double>() > 21.3 && p[1]!.GetValue<double>() < 23.0);
        }
    }

    [Fact]
    public void A_script_without_a_map_is_rejected()
    {
        var act = () => EChartsMap.Decode("console.log('no map here');");

        act.Should().Throw<FormatException>().WithMessage("*registerMap*");
    }

    [Fact]
    public async Task The_app_serves_the_boundaries_as_GeoJSON()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/geo/jiangmen.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
        json.RootElement.GetProperty("features").GetArrayLength().Should().Be(7);
    }
}
