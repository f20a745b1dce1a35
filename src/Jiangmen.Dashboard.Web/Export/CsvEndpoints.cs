using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Pages.Compare;
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

        app.MapGet("/platforms/{slug}.csv", async (string slug, DashboardContext db, HttpContext http, CancellationToken ct) =>
            await db.Platforms.AnyAsync(p => p.Slug == slug, ct)
                ? Write(http, $"platform-{slug}", db, o => o.PlatformSlug == slug, ct)
                : Results.NotFound());

        app.MapGet("/partnerships/{slug}.csv", async (string slug, DashboardContext db, HttpContext http, CancellationToken ct) =>
            await db.Partnerships.AnyAsync(p => p.Slug == slug, ct)
                ? Write(http, $"partnership-{slug}", db, o => o.PartnershipSlug == slug || o.Project!.PartnershipSlug == slug, ct)
                : Results.NotFound());

        app.MapGet("/compare.csv", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
        {
            var result = await CompareQuery.RunAsync(db, http.Request.Query, ct);
            if (result.Errors.Count > 0)
            {
                return Results.Text(string.Join('\n', result.Errors), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var rows = await CompareRowsAsync(db, result, ct);
            return new CsvResult(() => CsvDownload.WriteAsync(http.Response, "compare", rows.ToAsyncEnumerable(), ct));
        });

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

    /// <summary>The compare table in long form: one row per region and indicator, in the table's order, gaps included.</summary>
    private static async Task<List<ObservationCsvRow>> CompareRowsAsync(DashboardContext db, CompareQuery.Result result, CancellationToken ct)
    {
        var slugs = result.Regions.Select(r => r.Key).ToList();
        var codes = result.Indicators.Select(i => i.Key).ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => slugs.Contains(r.Slug)).ToDictionaryAsync(r => r.Slug, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var values = (await db.Observations.AsNoTracking()
                .Where(o => o.Region != null && slugs.Contains(o.Region.Slug) && codes.Contains(o.IndicatorCode))
                .Select(ObservationCsvRow.Project)
                .ToListAsync(ct))
            .GroupBy(f => (f.RegionCode!, f.IndicatorCode))
            .ToDictionary(g => g.Key, g => g.MaxBy(f => f.Period)!);

        return [.. result.Indicators.SelectMany(i => result.Regions.Select(r =>
        {
            var region = regions[r.Key];
            var indicator = indicators[i.Key];
            return values.TryGetValue((region.Code, indicator.Code), out var value)
                ? ObservationCsvRow.From(value)
                : ObservationCsvRow.Gap(region.Code, region.NameZh, region.NameEn, indicator.Code, indicator.NameZh, indicator.NameEn, indicator.UnitEn, indicator.UnitZh);
        }))];
    }

    private sealed class CsvResult(Func<Task> write) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => write();
    }
}
