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

        // Pooled: a request takes a context that is reset rather than built (its options, services and connection
        // object), which is most of what a small query costs on a page or API call the output cache has not seen.
        services.AddDbContextPool<SqliteDashboardContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            options.UseSqlite(settings.ConnectionString, sqlite => sqlite.CommandTimeout(settings.CommandTimeoutSeconds));
        });
        services.AddDbContextPool<PostgresDashboardContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            // A few quick retries ride over a dropped connection or a restart; a server that stays down is
            // reported (503) within seconds instead of after the default minute of back-off.
            options.UseNpgsql(settings.ConnectionString, npgsql => npgsql
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)
                .CommandTimeout(settings.CommandTimeoutSeconds));
        });
        services.AddScoped<DashboardContext>(sp => sp.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresDashboardContext>(),
            _ => sp.GetRequiredService<SqliteDashboardContext>(),
        });
        return services;
    }

    /// <summary>
    /// A context for one long streaming read, such as the bulk export: without the retrying execution strategy, which
    /// makes EF Core buffer a whole result in memory so that it could run the query again.
    /// </summary>
    public static DashboardContext CreateStreamingContext(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresDashboardContext(
            new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(settings.ConnectionString).Options),
        _ => new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite(settings.ConnectionString).Options),
    };
}
