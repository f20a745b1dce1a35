using System.Net;
using SkiaSharp;

namespace Jiangmen.Dashboard.Tests.Sharing;

/// <summary>The picture a shared link shows: named in each page's head, a chart of the page drawn on the server.</summary>
public sealed class SharePictureTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    // The highlight of wwwroot/js/charts.js and of the pictures.
    private static readonly SKColor Highlight = new(0xD5, 0x5E, 0x00);

    [Theory]
    [InlineData("/regions/xinhui", "/share/regions/xinhui.png")]
    [InlineData("/en/regions/xinhui", "/en/share/regions/xinhui.png")]
    [InlineData("/indicators/gdp", "/share/indicators/gdp.png")]
    [InlineData("/", "/share/overview.png")]
    [InlineData("/sources", "/share/overview.png")]
    public async Task Each_page_names_its_picture_as_an_absolute_address(string page, string picture)
    {
        var (_, document) = await fixture.GetAsync(page);

        var image = document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        new Uri(image).AbsolutePath.Should().Be(picture);
        document.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content").Should().Be("summary_large_image");
    }

    [Fact]
    public async Task A_county_picture_is_a_1200_by_630_chart_with_the_county_highlighted_and_the_city_highlights_none()
    {
        using var county = await PictureAsync("/share/regions/xinhui.png");
        using var city = await PictureAsync("/share/regions/jiangmen.png");

        (county.Width, county.Height).Should().Be((1200, 630));
        Count(county, Highlight).Should().BeGreaterThan(10_000, "新会's bar is drawn in the highlight colour");
        Count(city, Highlight).Should().Be(0);
    }

    [Fact]
    public async Task An_unknown_region_or_indicator_has_no_picture()
    {
        using var client = fixture.App.CreateClient();

        (await client.GetAsync(new Uri("/share/regions/atlantis.png", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri("/share/indicators/nope.png", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<SKBitmap> PictureAsync(string address)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
    }

    private static int Count(SKBitmap bitmap, SKColor colour) => bitmap.Pixels.Count(p => p == colour);
}
