namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// `health [url]`: asks a running instance for /health/ready and exits 0 when it answers 200. The container's
/// health check, because the ASP.NET runtime image has no curl or wget.
/// </summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var address = args.Length > 1 ? new Uri(args[1]) : new Uri(LocalAddress(), "/health/ready");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(address);
            await Console.Out.WriteLineAsync($"{address} answered {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Out.WriteLineAsync($"{address} did not answer: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The instance's own address, from the variables the server listens by (http://+:8080 → localhost).</summary>
    private static Uri LocalAddress()
    {
        var urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
            var builder = new UriBuilder(first.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal));
            if (builder.Host is "0.0.0.0" or "[::]")
            {
                builder.Host = "localhost";
            }

            return builder.Uri;
        }

        var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';', ',')[0];
        return new Uri($"http://localhost:{(string.IsNullOrWhiteSpace(port) ? "8080" : port.Trim())}");
    }
}
