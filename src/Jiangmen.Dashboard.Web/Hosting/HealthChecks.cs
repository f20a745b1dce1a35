using Jiangmen.Dashboard.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>/health/live: the process answers. /health/ready: the database answers, is migrated and holds the seed.</summary>
internal static class HealthChecks
{
    public static IServiceCollection AddDashboardHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("live", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapDashboardHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }

    private sealed class DatabaseReadyCheck(DashboardContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    return HealthCheckResult.Unhealthy("migrations pending");
                }

                return await db.Sources.AnyAsync(cancellationToken)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("no seed loaded");
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
            {
                // The reason goes to the log, not to the caller: no connection details leave the process.
                return HealthCheckResult.Unhealthy("database unreachable", ex);
            }
        }
    }
}
