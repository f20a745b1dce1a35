using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Export;

/// <summary>
/// Each page's figure table as CSV, at the page's own address with .csv appended, and the bulk export.
/// A literal ".csv" makes these routes more specific than the pages' "{slug}", so they win.
/// </summary>
internal static class CsvEndpoints
{
    public static IEndpointRouteBuilder MapCsvDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/regions/{slug}.csv", async (string slug, DashboardContext db, HttpContext http, CancellationToken ct) =>
        {
            var code = await db.Regions.Where(r => r.Slug == slug).Select(r => r.Code).FirstOrDefaultAsync(ct);
            return code is null ? Results.NotFound() : Write(http, $"region-{slug}", db, o => o.RegionCode == code, ct);
        });

        app.MapGet("/indicators/{code}.csv", async (string code, DashboardContext db, HttpContext http, CancellationToken ct) =>
            await db.Indicators.AnyAsync(i => i.Code == code, ct)
                ? Write(http, $"indicator-{code}", db, o => o.IndicatorCode == code, ct)
                : Results.NotFound());

        app.MapGet("/sources/{id}.csv", async (string id, DashboardContext db, HttpContext http, CancellationToken ct) =>
            await db.Sources.AnyAsync(s => s.Id == id, ct)
                ? Write(http, $"source-{id}", db, o => o.SourceId == id, ct)
                : Results.NotFound());

        app.MapGet("/export/observations.csv", (DashboardContext db, HttpContext http, CancellationToken ct) =>
            Write(http, "observations", db, o => true, ct));
        return app;
    }

    private static CsvResult Write(HttpContext http, string what, DashboardContext db, Expression<Func<Observation, bool>> filter, CancellationToken ct)
    {
        // A stable order: the same file for the same data, whatever the provider.
        var rows = db.Observations.AsNoTracking()
            .Where(filter)
            .OrderBy(o => o.IndicatorCode).ThenBy(o => o.RegionCode).ThenBy(o => o.PlatformSlug).ThenBy(o => o.PartnershipSlug)
            .ThenBy(o => o.ProjectSlug).ThenBy(o => o.Period)
            .Select(ObservationCsvRow.Project)
            .AsAsyncEnumerable()
            .Select(ObservationCsvRow.From);
        return new CsvResult(async () => await CsvDownload.WriteAsync(http.Response, what, rows, ct));
    }

    private sealed class CsvResult(Func<Task> write) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => write();
    }
}
