using Jiangmen.Dashboard.Web.Hosting;
using Serilog;

// Log from the first line, so a failure while building the host is not lost.
Log.Logger = new LoggerConfiguration().WriteToConsole(json: !ConsoleLog.IsDevelopmentFromEnvironment()).CreateBootstrapLogger();

// The container's health check: a small HTTP client, not a second dashboard.
if (args is ["health", ..])
{
    return await HealthProbe.RunAsync(args);
}

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDashboard();

    var app = builder.Build();
    app.UseDashboard();

    // `seed`, `seed --check` and `migrate` run and exit; no arguments serves the dashboard.
    return await app.RunCommandOrServeAsync(args);
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The dashboard stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
