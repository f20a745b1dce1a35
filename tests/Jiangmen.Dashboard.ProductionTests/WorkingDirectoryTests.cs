using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// The published app started from another folder than its own (`dotnet /opt/app/Jiangmen.Dashboard.Web.dll` from /)
/// finds its own wwwroot: styles, scripts and the map's boundaries are served with their bytes and types, and a file
/// that does not exist is a 404.
/// </summary>
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task The_published_app_started_from_the_root_directory_serves_its_own_static_files()
    {
        var folder = await Published.FolderAsync();
        var address = AppProcess.FreeAddress();
        var data = Path.Combine(Path.GetTempPath(), $"jiangmen-root-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Jiangmen.Dashboard.Web.dll")])
        {
            WorkingDirectory = "/",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={data};Pooling=False";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            await WaitForReadyAsync(client, process);

            foreach (var (path, type) in new[] { ("/css/site.css", "text/css"), ("/lib/chart.js/chart.umd.min.js", "text/javascript") })
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                response.StatusCode.Should().Be(HttpStatusCode.OK, path);
                response.Content.Headers.ContentType!.MediaType.Should().Be(type, path);
                body.Should().Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "wwwroot", path.TrimStart('/'))), path);
            }

            // The map is made from the package's GeoJSON in wwwroot/lib (thinned), so it too needs the app's own wwwroot.
            using var map = await client.GetAsync(new Uri("/geo/jiangmen.json", UriKind.Relative));
            map.StatusCode.Should().Be(HttpStatusCode.OK);
            map.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
            JsonDocument.Parse(await map.Content.ReadAsStringAsync()).RootElement.GetProperty("features").GetArrayLength().Should().Be(7);

            using var missing = await client.GetAsync(new Uri("/css/missing.css", UriKind.Relative));
            missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            File.Delete(data);
        }

        (await output + await errors).Should().NotContain("Unhandled exception");
    }

    private static async Task WaitForReadyAsync(HttpClient client, Process process)
    {
        // A deadline for a stuck start, not a timing assertion.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The app started from / never became ready (exited: {process.HasExited}).");
    }
}
