using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>What a visit transfers: compressed pages, and scripts and styles at fingerprinted addresses.</summary>
public sealed partial class TransferTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    /// <summary>
    /// Brotli finds the repeated rows of a long table across the pieces the page is written in (at its fastest
    /// quality it did not, and sent 1/5 of the page); gzip, for the rare browser without Brotli, is fastest.
    /// </summary>
    [Theory]
    [InlineData("br", 8)]
    [InlineData("gzip", 3)]
    public async Task Pages_are_compressed_for_a_browser_that_accepts_it(string encoding, int ratio)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/regions/xinhui");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await client.SendAsync(request);

        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        var plain = await client.GetByteArrayAsync(new Uri("/regions/xinhui", UriKind.Relative));
        (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeLessThan(plain.Length / ratio);
    }

    /// <summary>That a publish serves them as immutable is checked on a real publish, in the browser tests' PublishTests.</summary>
    [Fact]
    public async Task Scripts_and_styles_have_fingerprinted_addresses()
    {
        using var client = fixture.App.CreateClient();
        var html = await client.GetStringAsync(new Uri("/regions/xinhui", UriKind.Relative));

        var assets = AssetAddress().Matches(html).Select(m => m.Groups[1].Value).ToList();
        assets.Should().Contain(a => a.StartsWith("/lib/chart.js/chart.umd.min.", StringComparison.Ordinal))
            .And.Contain(a => a.StartsWith("/css/site.", StringComparison.Ordinal))
            .And.Contain(a => a.StartsWith("/js/charts.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            asset.Should().MatchRegex(@"\.[a-z0-9]{8,}\.(js|css|svg)$", "the file name carries a fingerprint of its content");
            var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            response.IsSuccessStatusCode.Should().BeTrue(asset);
        }
    }

    [GeneratedRegex("<(?:script|link)[^>]+(?:src|href)=\"(/[^\"]+)\"")]
    private static partial Regex AssetAddress();
}
