using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
#if OPENAPI_CHECK
using Microsoft.Extensions.DependencyInjection;
#endif

namespace Jiangmen.Dashboard.Testing;

/// <summary>The real app in-process, on the given test database, started exactly as Program starts it.</summary>
public sealed class DashboardApplication(TestDatabase database, string? seedDirectory = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Dashboard", database.ConnectionString);
        // Added last, so it wins over appsettings.json (a UseSetting value does not): the test output keeps warnings only.
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]));
        if (seedDirectory is not null)
        {
            builder.UseSetting("Seed:Directory", seedDirectory);
        }
#if OPENAPI_CHECK
        // In the fast tier's project, every answer is checked against /openapi/v1.json (Hosting/ContractCheck).
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, Jiangmen.Dashboard.Tests.Hosting.ContractCheck>());
#endif
    }
}
