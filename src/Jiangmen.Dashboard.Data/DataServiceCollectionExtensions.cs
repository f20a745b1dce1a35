using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jiangmen.Dashboard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DashboardContext"/> on the configured provider. Settings are read when first
    /// needed, so a test host's overrides apply.
    /// </summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        services.AddDbContext<SqliteDashboardContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<DatabaseSettings>().ConnectionString));
        services.AddDbContext<PostgresDashboardContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<DatabaseSettings>().ConnectionString, npgsql => npgsql.EnableRetryOnFailure(
                // A few quick retries ride out a failover or a restart; while the server is really gone the reader
                // gets the 503 page in seconds instead of waiting half a minute for the default back-off.
                maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)));
        services.AddScoped<DashboardContext>(sp => sp.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresDashboardContext>(),
            _ => sp.GetRequiredService<SqliteDashboardContext>(),
        });
        return services;
    }
}
