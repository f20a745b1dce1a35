using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// The app as production runs it (environment Production unless told), on Kestrel at 127.0.0.1 on a free port:
/// real HTTP parsing, Kestrel's limits, the headers a browser sees. It migrates and seeds its database on start.
/// </summary>
public sealed class KestrelDashboard : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private KestrelDashboard(WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
        // No redirects followed and no cookies kept: each answer is seen as sent.
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static KestrelDashboard Start(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, string environment = "Production")
    {
        var factory = new DashboardApplication(database).WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelDashboard(factory, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
