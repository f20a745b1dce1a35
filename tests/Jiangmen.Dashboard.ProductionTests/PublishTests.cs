using System.Net;
using System.Text.RegularExpressions;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>A clean <c>dotnet publish</c> carries the client libraries restored at build time, and serves them.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task Published_app_serves_Chart_js_and_the_overview()
    {
        var folder = await Published.FolderAsync();
        File.Exists(Path.Combine(folder, "wwwroot", "lib", "chart.js", "chart.umd.min.js")).Should().BeTrue(
            "the publish output should hold wwwroot/lib/chart.js/chart.umd.min.js");

        var address = AppProcess.FreeAddress();
        var data = Path.Combine(Path.GetTempPath(), $"jiangmen-publish-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = AppProcess.Start(folder, new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Dashboard"] = $"Data Source={data};Pooling=False",
            });
            await app.WaitForAsync(new Uri(address, "/health/ready"));
            using var client = new HttpClient { BaseAddress = address };

            // The first requests for a file arrive together (browsers opening pages after a restart): each gets the file
            // with its type, and so do the precompressed twins asked for by name.
            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
            {
                using var response = await client.GetAsync(new Uri((i % 3) switch { 0 => "/css/site.css", 1 => "/css/site.css.gz", _ => "/css/site.css.br" } + $"?n={i}", UriKind.Relative));
                return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {response.Content.Headers.ContentLength > 0}";
            }));
            answers.Should().AllBe("200 text/css True");

            using var script = await client.GetAsync(new Uri("/lib/chart.js/chart.umd.min.js", UriKind.Relative));
            script.StatusCode.Should().Be(HttpStatusCode.OK, "the published app should serve Chart.js:\n{0}", app.Log);
            using var overview = await client.GetAsync(new Uri("/", UriKind.Relative));
            overview.StatusCode.Should().Be(HttpStatusCode.OK, "the published app should serve /:\n{0}", app.Log);

            // Pages name scripts by fingerprinted addresses, which a browser may keep for a year without asking again.
            var fingerprinted = Regex.Match(await overview.Content.ReadAsStringAsync(), "src=\"(/lib/chart\\.js/chart\\.umd\\.min\\.[a-z0-9]+\\.js)\"");
            fingerprinted.Success.Should().BeTrue("the overview should load Chart.js from a fingerprinted address");
            using var cached = await client.GetAsync(new Uri(fingerprinted.Groups[1].Value, UriKind.Relative));
            cached.StatusCode.Should().Be(HttpStatusCode.OK);
            cached.Headers.CacheControl!.ToString().Should().Contain("immutable").And.Contain("max-age=31536000");
        }
        finally
        {
            File.Delete(data);
        }
    }
}
