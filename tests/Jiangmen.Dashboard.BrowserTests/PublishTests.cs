using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>A clean <c>dotnet publish</c> carries the client libraries restored at build time, and serves them.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task Published_app_serves_Chart_js_and_the_overview()
    {
        var output = Path.Combine(Path.GetTempPath(), $"jiangmen-publish-{Guid.NewGuid():N}");
        try
        {
            var (exitCode, log) = await RunAsync(
                "dotnet", Repository.Root,
                "publish", "src/Jiangmen.Dashboard.Web", "-c", "Release", "-o", output, "--disable-build-servers", "-nologo");
            exitCode.Should().Be(0, "dotnet publish should succeed:\n{0}", log);
            File.Exists(Path.Combine(output, "wwwroot", "lib", "chart.js", "chart.umd.min.js")).Should().BeTrue(
                "the publish output should hold wwwroot/lib/chart.js/chart.umd.min.js");

            await using var app = await PublishedApp.StartAsync(output);
            using var client = new HttpClient { BaseAddress = app.Address };

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
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The published app run as `dotnet Jiangmen.Dashboard.Web.dll --urls http://127.0.0.1:PORT`, on SQLite in the publish folder.</summary>
    private sealed class PublishedApp : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private PublishedApp(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public static async Task<PublishedApp> StartAsync(string directory)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "Jiangmen.Dashboard.Web.dll"), "--urls", address.ToString()])
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment.Remove("DOTNET_ENVIRONMENT");
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={Path.Combine(directory, "x.db")}";

            var app = new PublishedApp(Process.Start(start)!, address);
            app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
            app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
            app._process.BeginOutputReadLine();
            app._process.BeginErrorReadLine();
            await app.WaitUntilListeningAsync();
            return app;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }

        /// <summary>Waits for the port to accept connections (the app migrates and seeds before it listens).</summary>
        private async Task WaitUntilListeningAsync()
        {
            // A deadline for a stuck start, not a timing assertion.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The published app exited with {_process.ExitCode}:\n{Log}");
                }

                try
                {
                    using var tcp = new TcpClient();
                    await tcp.ConnectAsync(IPAddress.Loopback, Address.Port);
                    return;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(250);
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
