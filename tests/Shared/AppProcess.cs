using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jiangmen.Dashboard.Testing;

/// <summary>
/// The published app run as a process, the way its container runs it: `dotnet Jiangmen.Dashboard.Web.dll [command]`
/// in the publish folder, configured only through environment variables, in the Production environment.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private AppProcess(Process process) => _process = process;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Log => string.Join('\n', Lines);

    public bool HasExited => _process.HasExited;

    /// <summary>A local address on a free port, for ASPNETCORE_URLS.</summary>
    public static Uri FreeAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    public static AppProcess Start(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var app = new AppProcess(Process.Start(StartInfo(folder, environment, arguments))!);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs a command of the app (seed, migrate, health) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var app = Start(folder, environment, arguments);
        await app._process.WaitForExitAsync();
        return (app._process.ExitCode, app.Log);
    }

    /// <summary>Runs any program to its end, with its output.</summary>
    public static async Task<(int ExitCode, string Output)> RunProgramAsync(string file, string directory, params string[] arguments)
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

    /// <summary>Polls <paramref name="address"/> until it answers <paramref name="status"/>; fails with the app's log otherwise.</summary>
    public async Task WaitForAsync(Uri address, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        // A deadline for a stuck start, not a timing assertion.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(address);
                last = response.StatusCode;
                if (last == status)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{address} never answered {status} (last: {last}):\n{Log}");
    }

    /// <summary>
    /// Waits until a line that <paramref name="match"/> accepts has been written; a request's log line, for one, may
    /// follow the answer the client already has. False if none came within a deadline (for a stuck process).
    /// </summary>
    public async Task<bool> WaitForLineAsync(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Lines.Any(match) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return Lines.Any(match);
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

    private static ProcessStartInfo StartInfo(string folder, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Jiangmen.Dashboard.Web.dll"), .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
