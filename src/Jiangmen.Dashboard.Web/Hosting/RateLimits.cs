using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// The CSV downloads and the API are what a scraper hammers; each client (by address) gets
/// RateLimits:PermitLimit requests per RateLimits:WindowSeconds across them, then 429 with Retry-After.
/// Pages are not limited. Behind a proxy the client's address must be forwarded, or every reader shares one allowance.
/// </summary>
internal static class RateLimits
{
    public const string Downloads = "downloads";

    internal sealed class Settings
    {
        public int PermitLimit { get; set; } = 120;
        public int WindowSeconds { get; set; } = 60;
    }

    public static IServiceCollection AddDashboardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Settings>(configuration.GetSection("RateLimits"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Downloads, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<Settings>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }
}
