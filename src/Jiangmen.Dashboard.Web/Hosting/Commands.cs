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
                    await startup.PrepareAsync();
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
}
