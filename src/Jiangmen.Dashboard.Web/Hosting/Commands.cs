using System.Diagnostics;
using System.Runtime;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Data.Workbooks;

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
                case ["template", var path, .. var options]:
                    return Template(path, options, startup, logger);
                case ["import", var path, .. var options]:
                    return Import(path, options, logger);
                case []:
                case [var first, ..] when first.StartsWith('-'):
                    var preparing = Stopwatch.StartNew();
                    await startup.PrepareAsync();
                    LogStartWhenListening(app, logger, preparing.Elapsed, SinceProcessStart());
                    await app.RunAsync();
                    return 0;
                default:
                    logger.LogError(
                        "Unknown command {Arguments}; use no arguments to serve, or: seed, seed --check, migrate, template FILE.xlsx, import FILE.xlsx [--dry-run] [--culture en] [--seeds DIR]",
                        string.Join(' ', args));
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

    /// <summary>Writes the analysts' workbook, its lists drawn from seeds/; never over an existing file, which may hold their work.</summary>
    private static int Template(string path, string[] options, DatabaseStartup startup, ILogger logger)
    {
        var chinese = !WantsEnglish(options);
        if (File.Exists(path))
        {
            logger.LogError("{Message:l}", chinese ? $"{path} 已存在:请换一个文件名,或先删除它" : $"{path} already exists: name another file, or remove it first");
            return 1;
        }

        var seeds = Option(options, "--seeds") ?? (Directory.Exists(RepositorySeeds) ? RepositorySeeds : startup.SeedDirectory);
        FiguresTemplate.Write(path, SeedReader.Read(seeds));
        logger.LogInformation("{Message:l}", chinese
            ? $"已生成 {path}:在 Sources 和 Figures 两个工作表中填写来源和数据,然后运行 import {path} --dry-run 检查"
            : $"Wrote {path}: fill in the Sources and Figures sheets, then check it with import {path} --dry-run");
        return 0;
    }

    /// <summary>
    /// Validates a filled workbook with the seed rules and says what it would add, change and remove; without --dry-run,
    /// merges it into the repository's seeds/ (the current folder's, or --seeds), where git keeps the history.
    /// </summary>
    private static int Import(string path, string[] options, ILogger logger)
    {
        var chinese = !WantsEnglish(options);
        var seeds = Option(options, "--seeds") ?? RepositorySeeds;
        if (!File.Exists(Path.Combine(seeds, "sources.tsv")))
        {
            logger.LogError("{Message:l}", chinese
                ? $"找不到 seeds 目录 {seeds}:请在仓库根目录运行,或用 --seeds 指定目录"
                : $"No seeds folder at {seeds}: run this from the repository's root, or name the folder with --seeds");
            return 1;
        }

        var plan = WorkbookImport.Plan(path, seeds);
        foreach (var error in plan.Errors)
        {
            logger.LogError("{WorkbookError:l}", error.Describe(chinese));
        }

        if (plan.Errors.Count > 0)
        {
            logger.LogError("{Message:l}", chinese
                ? $"工作簿有 {plan.Errors.Count} 处错误,seeds/ 未做任何修改"
                : $"The workbook has {plan.Errors.Count} error(s); seeds/ was not changed");
            return 1;
        }

        foreach (var change in plan.Changes)
        {
            logger.LogInformation("{Change:l}", change.Describe(chinese));
        }

        logger.LogInformation("{Summary:l}", plan.Summary(chinese));
        if (options.Contains("--dry-run"))
        {
            logger.LogInformation("{Message:l}", chinese ? "试运行:seeds/ 未做任何修改" : "Dry run: seeds/ was not changed");
            return 0;
        }

        WorkbookImport.Apply(plan, seeds);
        logger.LogInformation("{Message:l}", chinese
            ? $"已写入 {seeds}。请用 git 提交这些修改,再运行 seed 把数据载入数据库"
            : $"Written to {seeds}. Commit the change with git, then run seed to load it into the database");
        return 0;
    }

    private static string RepositorySeeds => Path.Combine(Environment.CurrentDirectory, "seeds");

    private static bool WantsEnglish(string[] options) =>
        (Option(options, "--culture") ?? "zh").StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of "--name value" or "--name=value".</summary>
    private static string? Option(string[] options, string name)
    {
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] == name && i + 1 < options.Length)
            {
                return options[i + 1];
            }

            if (options[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return options[i][(name.Length + 1)..];
            }
        }

        return null;
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
