using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>The database goes away under a serving app and comes back; the app is not restarted.</summary>
public sealed class RestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task While_PostgreSQL_is_down_pages_answer_503_and_both_recover_when_it_is_back()
    {
        var folder = await Published.FolderAsync();
        await using var server = await PostgresServer.StartAsync();
        var address = AppProcess.FreeAddress();
        await using var app = AppProcess.Start(folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Dashboard"] = server.ConnectionString,
        });
        await app.WaitForAsync(new Uri(address, "/health/ready"));
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
        (await client.GetAsync(new Uri("/regions/xinhui", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        await server.StopAsync();
        var watch = Stopwatch.StartNew();
        // Pages not asked for before, so no cache can answer for the database.
        using var page = await client.GetAsync(new Uri("/en/regions/taishan", UriKind.Relative));
        var pageSeconds = watch.Elapsed.TotalSeconds;
        var body = await page.Content.ReadAsStringAsync();
        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, body);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        body.Should().NotContainAny("Exception", "   at ", "Npgsql", "/work/", "Host=");
        using var api = await client.GetAsync(new Uri("/api/regions?page=2", UriKind.Relative));
        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        app.Lines.Should().Contain(l => l.Contains("\"RequestPath\":\"/regions/taishan\"", StringComparison.Ordinal)
            && l.Contains("\"StatusCode\":503", StringComparison.Ordinal), "the request log says what the reader got");

        await server.StartAgainAsync();
        watch.Restart();
        await app.WaitForAsync(new Uri(address, "/health/ready"));
        var readySeconds = watch.Elapsed.TotalSeconds;
        await app.WaitForAsync(new Uri(address, "/regions/kaiping"));
        var pageBackSeconds = watch.Elapsed.TotalSeconds;
        app.HasExited.Should().BeFalse();

        // Figures for the closing note, not assertions.
        output.WriteLine($"outage: page answered {(int)page.StatusCode} after {pageSeconds:0.0} s; " +
            $"after the restart: ready in {readySeconds:0.0} s, a page 200 in {pageBackSeconds:0.0} s");
    }
}
