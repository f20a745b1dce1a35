using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Compare;
using Jiangmen.Dashboard.Web.Geography;
using Jiangmen.Dashboard.Web.Indicators;
using Jiangmen.Dashboard.Web.Observations;
using Jiangmen.Dashboard.Web.Partnerships;
using Jiangmen.Dashboard.Web.Platforms;
using Jiangmen.Dashboard.Web.Regions;
using Jiangmen.Dashboard.Web.Shared;
using Jiangmen.Dashboard.Web.Sharing;
using Jiangmen.Dashboard.Web.Sources;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Events;

namespace Jiangmen.Dashboard.Web.Hosting;

internal static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // The host's own logger; the static bootstrap logger stays for the last words in Program.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                // At Debug, the key repository logs every key it reads, master key included (LogSecretsTests found it):
                // whatever level the configuration asks for, that source says no more than Information.
                .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection.EntityFrameworkCore", LogEventLevel.Information)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteToConsole(json: !builder.Environment.IsDevelopment()),
            preserveStaticLogger: true);

        UseOwnWebRoot(builder.Environment);
        builder.AddDashboardSecurity();
        builder.Services.AddDashboardErrors();
        builder.Services.AddDashboardRateLimits(builder.Configuration);
        builder.Services.AddDashboardData();
        // Keys live in the database every instance shares, so a cookie or token made by one is read by all.
        builder.Services.AddDataProtection()
            .SetApplicationName("Jiangmen.Dashboard")
            .PersistKeysToDbContext<DashboardContext>();
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddSingleton<CatalogueCache>();
        builder.Services.AddSingleton<CountyOutlines>();
        // Each feature folder holds its own pages (Regions/, Compare/ ...), so pages are found from the project root.
        builder.Services.AddRazorPages(o => o.RootDirectory = "/");
        builder.Services.AddDashboardOpenApi();
        // The context of a long streaming read (the bulk export, CSV from /api/observations), disposed with the request.
        builder.Services.AddKeyedScoped<DashboardContext>(AllObservations.Streaming,
            (services, _) => DataServiceCollectionExtensions.CreateStreamingContext(services.GetRequiredService<DatabaseSettings>()));
        builder.Services.AddDashboardHealthChecks();
        builder.Services.AddDashboardPerformance();

        // Chinese text is written as characters, not as &#x...; entities: a third of the bytes, and readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>
    /// The content root is the working directory: started from another folder (dotnet /opt/app/Jiangmen.Dashboard.Web.dll
    /// from /), it has no wwwroot, and every script, style and the map would be missing. The published app's own wwwroot
    /// lies beside its binaries; a working directory that has one (dotnet run, the image's /app) keeps it.
    /// </summary>
    private static void UseOwnWebRoot(IWebHostEnvironment environment)
    {
        var own = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(Path.Combine(environment.ContentRootPath, "wwwroot")) && Directory.Exists(own))
        {
            environment.WebRootPath = own;
            environment.WebRootFileProvider = new PhysicalFileProvider(own);
        }
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        // Outermost, so each request is logged once with the address asked for and the status finally sent
        // (a failure the handler below turns into a 503 page is logged as 503, not as the exception's 500).
        // The host's logger, not the static bootstrap one the middleware would default to: configured levels apply.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        // Next, so that every answer below, error pages included, is the GET's without its body.
        app.UseHeadAsGet();
        // Headers first, then errors: in every environment a failure is a friendly page, never a stack trace.
        app.UseDashboardSecurity();
        app.UseDashboardExceptionHandler();
        // The culture is settled before the status-code pages, so that pages re-executed there speak the reader's language.
        app.UseDashboardLocalization();
        app.UseDashboardStatusCodePages();
        app.UseRouting();
        app.UseCors();
        app.UseReadOnlyMethods();
        app.UseMissingStaticFileAsNotFound();
        // The build's static files are endpoints (MapStaticAssets: fingerprinted, precompressed, cached for a year);
        // UseStaticFiles serves only what is not among them, such as a file dropped into wwwroot after the build.
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseDashboardPerformance();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets().CacheOutput(Performance.PagePolicy);
        // Each view's table as downloads (.csv, .metadata.json, .zip), then the same data as JSON.
        var limited = app.MapGroup("").RequireRateLimiting(RateLimits.Downloads).RequireCors(Security.PublicData);
        limited.MapRegionDownloads();
        limited.MapIndicatorDownloads();
        limited.MapSourceDownloads();
        limited.MapPlatformDownloads();
        limited.MapPartnershipDownloads();
        limited.MapCompareDownloads();
        limited.MapObservationDownloads();
        var api = limited.MapGroup("/api").WithTags("Data");
        api.MapRegionsApi();
        api.MapIndicatorsApi();
        api.MapObservationsApi();
        api.MapCompareApi();
        app.MapOpenApi().RequireCors(Security.PublicData);
        app.MapDashboardHealthChecks();
        app.MapGeography();
        app.MapSearchEngines();
        app.MapSharePictures();
        return app;
    }
}
