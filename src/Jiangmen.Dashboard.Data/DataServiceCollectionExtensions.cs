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
            options.UseNpgsql(sp.GetRequiredService<DatabaseSettings>().ConnectionString, npgsql => npgsql.EnableRetryOnFailure()));
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
