using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Jiangmen.Dashboard.Tests.Hosting;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Downloads_and_the_api_answer_429_with_retry_after_past_the_threshold_while_pages_stay_open()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database).WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimits:PermitLimit", "3");
            b.UseSetting("RateLimits:WindowSeconds", "3600");
        });
        using var client = app.CreateClient();

        var allowed = new List<HttpStatusCode>();
        foreach (var address in new[] { "/api/regions", "/export/observations.csv", "/regions/xinhui.csv" })
        {
            allowed.Add((await client.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
        }

        using var api = await client.GetAsync(new Uri("/api/indicators", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri("/en/indicators.csv", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/regions/xinhui", UriKind.Relative));

        allowed.Should().AllBeEquivalentTo(HttpStatusCode.OK);
        api.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        int.Parse(api.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 3600);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32().Should().Be(429);

        csv.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        csv.Headers.Contains("Retry-After").Should().BeTrue();
        (await csv.Content.ReadAsStringAsync()).Should().Contain("<h1>Too many requests (429)</h1>");

        page.StatusCode.Should().Be(HttpStatusCode.OK, "pages are not rate limited");
    }
}
