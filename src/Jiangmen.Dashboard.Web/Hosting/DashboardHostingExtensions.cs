using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Api;
using Jiangmen.Dashboard.Web.Export;
using Jiangmen.Dashboard.Web.Geography;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace Jiangmen.Dashboard.Web.Hosting;

internal static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // The host's own logger; the static bootstrap logger stays for the last words in Program.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture),
            preserveStaticLogger: true);

        builder.Services.AddDashboardData();
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddRazorPages();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddDashboardHealthChecks();
        builder.Services.AddDashboardPerformance();

        // Chinese text is written as characters, not as &#x...; entities: a third of the bytes, and readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // The culture is settled first, so that error pages re-executed below speak the reader's language.
        app.UseDashboardLocalization();
        // Unknown addresses get a page in the reader's language that lists what exists; the API answers problem+json.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), page => page.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseSerilogRequestLogging();
        app.UseRouting();
        // The build's static files are endpoints (MapStaticAssets: fingerprinted, precompressed, cached for a year);
        // UseStaticFiles serves only what is not among them, such as a file dropped into wwwroot after the build.
        app.UseStaticFiles();
        app.UseDashboardPerformance();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets().CacheOutput(Performance.PagePolicy);
        app.MapCsvDownloads();
        app.MapDashboardApi();
        app.MapOpenApi();
        app.MapDashboardHealthChecks();
        app.MapGeography();
        return app;
    }
}
