using System.Diagnostics;
using System.Runtime;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Web.Hosting;

internal static class Commands
{
    public static async Task<int> RunCommandOrServeAsync(this WebApplication app, string[] args)
    {
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        var logger = app.Services.GetRequiredService<ILogger<DatabaseStartup>>();
        try
        {
            // Options such as --urls (or a test host's settings) are configuration, not commands.
            switch (args)
            {
                case ["seed", .. var options] when options.Contains("--check"):
                    var seeds = startup.Check();
                    logger.LogInformation("seeds/ is valid: {Sources} sources, {Regions} regions, {Indicators} indicators, {Observations} observations",
                        seeds.Sources.Count, seeds.Regions.Count, seeds.Indicators.Count, seeds.Observations.Count);
                    return 0;
                case ["seed", ..]:
                    await startup.MigrateAsync();
                    var result = await startup.SeedAsync();
                    logger.LogInformation("Seed finished with {Changes} change(s)", result.Changes);
                    return 0;
                case ["migrate", ..]:
                    await startup.MigrateAsync();
                    return 0;
                case []:
                case [var first, ..] when first.StartsWith('-'):
                    var preparing = Stopwatch.StartNew();
                    await startup.PrepareAsync();
                    LogStartWhenListening(app, logger, preparing.Elapsed, SinceProcessStart());
                    await app.RunAsync();
                    return 0;
                default:
                    logger.LogError("Unknown command {Arguments}; use no arguments to serve, or: seed, seed --check, migrate", string.Join(' ', args));
                    return 2;
            }
        }
        catch (SeedException ex)
        {
            foreach (var error in ex.Errors)
            {
                logger.LogError("{SeedError}", error.ToString());
            }

            logger.LogError("seeds/ has {ErrorCount} error(s); nothing was written", ex.Errors.Count);
            return 1;
        }
    }

    /// <summary>
    /// The profile of a start, in one line once the server listens: when the database was ready and how long preparing
    /// it took (EF Core's model, the migration check, the first query), and what the JIT compiled by then.
    /// bench/run.sh reads it for the cold-start figures.
    /// </summary>
    private static void LogStartWhenListening(WebApplication app, ILogger logger, TimeSpan prepare, double preparedMs) =>
        app.Lifetime.ApplicationStarted.Register(() => logger.LogInformation(
            "Listening {ListeningMs:F0} ms after the process started; the database was ready at {PreparedMs:F0} ms after " +
            "{PrepareMs:F0} ms of preparing; the JIT had compiled {JitMethods} methods in {JitMs:F0} ms",
            SinceProcessStart(), preparedMs, prepare.TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalMilliseconds));

    private static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }
}
