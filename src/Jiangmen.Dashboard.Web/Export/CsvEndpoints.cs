using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Figures;
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

        // /partnerships has two tables: the pairings (the default) and, with ?table=figures, the city-wide figures.
        app.MapGet("/partnerships.csv", async (string? table, DashboardContext db, HttpContext http, CancellationToken ct) =>
        {
            if (table == "figures")
            {
                return Write(http, "partnership-figures", db,
                    o => o.Region != null && o.Region.Kind == RegionKind.City && o.Indicator!.CategoryCode.StartsWith("pairing"), ct);
            }

            if (table is not null)
            {
                return Results.Text("Parameter table must be 'figures' or absent.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var rows = (await db.Partnerships.AsNoTracking().OrderBy(p => p.Slug)
                    .Select(p => new
                    {
                        p.Slug, p.NameZh, p.NameEn, p.Kinds, p.SourceId, p.Quote,
                        Members = p.Members.OrderBy(m => m.RegionCode).Select(m => new { m.Side, m.RegionCode, m.Region!.NameZh }).ToList(),
                    })
                    .ToListAsync(ct))
                .Select(p => new PartnershipCsvRow(
                    p.Slug, CsvDownload.Safe(p.NameZh), CsvDownload.Safe(p.NameEn),
                    string.Join(';', p.Members.Where(m => m.Side == PartnershipSide.East).Select(m => m.RegionCode)),
                    CsvDownload.Safe(string.Join(';', p.Members.Where(m => m.Side == PartnershipSide.East).Select(m => m.NameZh))),
                    string.Join(';', p.Members.Where(m => m.Side == PartnershipSide.West).Select(m => m.RegionCode)),
                    CsvDownload.Safe(string.Join(';', p.Members.Where(m => m.Side == PartnershipSide.West).Select(m => m.NameZh))),
                    p.Kinds, p.SourceId, CsvDownload.Safe(p.Quote)))
                .ToList();
            return new CsvResult(() => CsvDownload.WriteAsync(http.Response, "partnerships", rows.ToAsyncEnumerable(), ct));
        });

        app.MapGet("/platforms.csv", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
        {
            var rows = (await db.Platforms.AsNoTracking().OrderBy(p => p.Slug)
                    .Select(p => new
                    {
                        p.Slug, p.NameZh, p.NameEn, p.Kind, p.SourceId, p.Quote,
                        Regions = p.Regions.OrderBy(r => r.RegionCode).Select(r => r.RegionCode).ToList(),
                        Figures = db.Observations.Count(o => o.PlatformSlug == p.Slug),
                    })
                    .ToListAsync(ct))
                .Select(p => new PlatformCsvRow(p.Slug, CsvDownload.Safe(p.NameZh), CsvDownload.Safe(p.NameEn), p.Kind,
                    string.Join(';', p.Regions), p.Figures, p.SourceId, CsvDownload.Safe(p.Quote)))
                .ToList();
            return new CsvResult(() => CsvDownload.WriteAsync(http.Response, "platforms", rows.ToAsyncEnumerable(), ct));
        });

        app.MapGet("/indicators.csv", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
        {
            var coverage = await db.Observations.AsNoTracking().Select(o => new { o.IndicatorCode, o.RegionCode, o.Period }).ToListAsync(ct);
            var rows = (await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct))
                .Select(i => new IndicatorCsvRow(i.Code, CsvDownload.Safe(i.NameZh), CsvDownload.Safe(i.NameEn), CsvDownload.Safe(i.UnitEn),
                    CsvDownload.Safe(i.UnitZh), i.CategoryCode,
                    coverage.Where(c => c.IndicatorCode == i.Code && c.RegionCode != null).Select(c => c.RegionCode).Distinct().Count(),
                    string.Join(';', coverage.Where(c => c.IndicatorCode == i.Code).Select(c => c.Period).Distinct().Order(StringComparer.Ordinal))))
                .ToList();
            return new CsvResult(() => CsvDownload.WriteAsync(http.Response, "indicators", rows.ToAsyncEnumerable(), ct));
        });

        app.MapGet("/sources.csv", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
        {
            var rows = (await db.Sources.AsNoTracking().OrderBy(s => s.Id)
                    .Select(s => new { Source = s, Figures = db.Observations.Count(o => o.SourceId == s.Id) })
                    .ToListAsync(ct))
                .Select(x => new SourceCsvRow(x.Source.Id, CsvDownload.Safe(x.Source.TitleZh), CsvDownload.Safe(x.Source.TitleEn),
                    CsvDownload.Safe(x.Source.PublisherZh), CsvDownload.Safe(x.Source.PublisherEn), CsvDownload.Safe(x.Source.Published),
                    CsvDownload.Safe(x.Source.Url), CsvDownload.Safe(x.Source.ReadAt), x.Figures))
                .ToList();
            return new CsvResult(() => CsvDownload.WriteAsync(http.Response, "sources", rows.ToAsyncEnumerable(), ct));
        });

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

        // Every row: streamed, so on a context that does not buffer (memory stays flat whatever the row count).
        app.MapGet("/export/observations.csv", (DatabaseSettings settings, HttpContext http, CancellationToken ct) =>
            new CsvResult(async () =>
            {
                await using var db = DataServiceCollectionExtensions.CreateStreamingContext(settings);
                await CsvDownload.WriteAsync(http.Response, "observations", BulkExport(db).AsAsyncEnumerable().Select(ObservationCsvRow.From), ct);
            }));
        return app;
    }

    private static CsvResult Write(HttpContext http, string what, DashboardContext db, Expression<Func<Observation, bool>> filter, CancellationToken ct)
    {
        var rows = Figures(db, filter).AsAsyncEnumerable().Select(ObservationCsvRow.From);
        return new CsvResult(async () => await CsvDownload.WriteAsync(http.Response, what, rows, ct));
    }

    private static IQueryable<FigureData> Figures(DashboardContext db, Expression<Func<Observation, bool>> filter) =>
        // A stable order: the same file for the same data, whatever the provider.
        db.Observations.AsNoTracking()
            .Where(filter)
            .OrderBy(o => o.IndicatorCode).ThenBy(o => o.RegionCode).ThenBy(o => o.PlatformSlug).ThenBy(o => o.PartnershipSlug)
            .ThenBy(o => o.ProjectSlug).ThenBy(o => o.Period)
            .Select(FigureQueries.ToFigure);

    /// <summary>The query of /export/observations.csv, for the benchmark to profile it and to run its SQL in sqlite3 and psql.</summary>
    internal static IQueryable<FigureData> BulkExport(DashboardContext db) => Figures(db, o => true);

    /// <summary>The compare table in long form: one row per region and indicator, in the table's order, gaps included.</summary>
    private static async Task<List<ObservationCsvRow>> CompareRowsAsync(DashboardContext db, CompareQuery.Result result, CancellationToken ct)
    {
        var slugs = result.Regions.Select(r => r.Key).ToList();
        var codes = result.Indicators.Select(i => i.Key).ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => slugs.Contains(r.Slug)).ToDictionaryAsync(r => r.Slug, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var values = (await db.Observations.AsNoTracking()
                .Where(o => o.Region != null && slugs.Contains(o.Region.Slug) && codes.Contains(o.IndicatorCode))
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .GroupBy(f => (f.SubjectCode, f.IndicatorCode))
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
