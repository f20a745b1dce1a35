using Microsoft.Extensions.Configuration;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The real app, as Program starts it, on a fresh SQLite file; it migrates and seeds itself on start.</summary>
public sealed class DashboardServer(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Dashboard", connectionString);
        // Added last, so it wins over appsettings.json (a UseSetting value does not): the test output keeps warnings only.
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]));
    }
}

/// <summary>
/// One app on Kestrel at 127.0.0.1 on a free port and one headless Debian Chromium, shared by the browser tests.
/// A missing Chromium fails every test of the collection; nothing is skipped.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"jiangmen-browser-{Guid.NewGuid():N}.db");
    private DashboardServer? _server;
    private IPlaywright? _playwright;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The source of axe.min.js (axe-core from npm, copied beside the test binaries at build).</summary>
    public string AxeSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ChromiumPath}. The browser tests never skip: run ./test.sh, which installs Debian's chromium, " +
                "or `apt-get install chromium` (set CHROMIUM_PATH for another location).");
        }

        AxeSource = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

        _server = new DashboardServer($"Data Source={_databaseFile};Pooling=False");
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _server.StartServer();
        var addresses = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArguments,
        });
        // Generous for a busy two-core machine; these are waits, not timing assertions.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>
    /// A fresh browser context (own cookies) with the view's window size, addresses relative to the app, and waits long
    /// enough for a loaded two-core machine (a page that takes a minute fails; one that takes 35 s on a busy machine does not).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(View view, bool drawChartsWhenNear = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = view.Width, Height = view.Height },
        });
        context.SetDefaultTimeout(60_000);
        if (!drawChartsWhenNear)
        {
            // charts.js draws a chart when it nears the screen; without IntersectionObserver it draws every chart at
            // load, so a test can read any chart of the page without scrolling to it (ChartTests checks the lazy way).
            await context.AddInitScriptAsync("window.IntersectionObserver = undefined;");
        }

        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }
}
