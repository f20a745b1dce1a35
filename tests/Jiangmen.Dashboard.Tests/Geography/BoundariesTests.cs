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
}
