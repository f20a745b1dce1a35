using System.IO.Compression;
using System.Linq.Expressions;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Citing;
using Jiangmen.Dashboard.Web.Figures;
using Jiangmen.Dashboard.Web.Pages.Compare;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Export;

/// <summary>
/// Each page's table at the page's own address with .csv appended, and beside it the same address with
/// .metadata.json (columns, sources, citation) and .zip (the CSV, the metadata and a readme in both languages);
/// the bulk export too. Every table is defined once (<see cref="MapTable"/>); the three forms come from it.
/// A literal extension makes these routes more specific than the pages' "{slug}", so they win.
/// </summary>
internal static class CsvEndpoints
{
    // A file of its own, never put inside HTML: Chinese and quotes stay as they are.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private delegate Task<IResult> Form(DownloadTable table, HttpContext http, string downloadPath, DashboardContext db, CancellationToken ct);

    private static readonly (string Extension, Form Serve)[] Forms =
    [
        (".csv", (table, http, _, _, ct) => Task.FromResult<IResult>(new Written(() => WriteCsvAsync(table, http, ct)))),
        (".metadata.json", async (table, http, path, db, ct) =>
            Results.Json(await TableMetadata.BuildAsync(table, http.Request, path, db, ct), Json, "application/json; charset=utf-8")),
        (".zip", (table, http, path, db, ct) => Task.FromResult<IResult>(new Written(() => WriteZipAsync(table, http, path, db, ct)))),
    ];

    public static IEndpointRouteBuilder MapCsvDownloads(this IEndpointRouteBuilder app)
    {
        app.MapObservationTable("/regions/{slug}", "region", "TableRegion", "/Regions/Details",
            (db, slug) => db.Regions.Where(r => r.Slug == slug).Select(r => new Named(r.Code, r.NameZh, r.NameEn)),
            code => o => o.RegionCode == code);
        app.MapObservationTable("/indicators/{code}", "indicator", "TableIndicator", "/Indicators/Details",
            (db, code) => db.Indicators.Where(i => i.Code == code).Select(i => new Named(i.Code, i.NameZh, i.NameEn)),
            code => o => o.IndicatorCode == code);
        app.MapObservationTable("/sources/{id}", "source", "TableSource", "/Sources/Details",
            (db, id) => db.Sources.Where(s => s.Id == id).Select(s => new Named(s.Id, s.TitleZh, s.TitleEn)),
            id => o => o.SourceId == id);
        app.MapObservationTable("/platforms/{slug}", "platform", "TablePlatform", "/Platforms/Details",
            (db, slug) => db.Platforms.Where(p => p.Slug == slug).Select(p => new Named(p.Slug, p.NameZh, p.NameEn)),
            slug => o => o.PlatformSlug == slug);
        app.MapObservationTable("/partnerships/{slug}", "partnership", "TablePartnership", "/Partnerships/Details",
            (db, slug) => db.Partnerships.Where(p => p.Slug == slug).Select(p => new Named(p.Slug, p.NameZh, p.NameEn)),
            slug => o => o.PartnershipSlug == slug || o.Project!.PartnershipSlug == slug);

        // /partnerships has two tables: the pairings (the default) and, with ?table=figures, the city-wide figures.
        app.MapTable("/partnerships", async (http, db, ct) =>
        {
            var table = http.Request.Query["table"].ToString();
            if (table == "figures")
            {
                return Observations(db, "partnership-figures", Bilingual.Get("PairingCityFigures"), Page(http, "/Partnerships/Index"),
                    o => o.Region != null && o.Region.Kind == RegionKind.City && o.Indicator!.CategoryCode.StartsWith("pairing"));
            }

            if (http.Request.Query.ContainsKey("table"))
            {
                return TableAnswer.BadRequest("Parameter table must be 'figures' or absent.");
            }

            return TableAnswer.Found(DownloadTable.InMemory("partnerships", Bilingual.Get("PartnershipsTitle"), Page(http, "/Partnerships/Index"),
                await PartnershipRowsAsync(db, ct), r => r.SourceId));
        });

        app.MapTable("/platforms", async (http, db, ct) =>
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
            return TableAnswer.Found(DownloadTable.InMemory("platforms", Bilingual.Get("PlatformsTitle"), Page(http, "/Platforms/Index"), rows, r => r.SourceId));
        });

        // The catalogue's counts and periods come from every figure, so its sources are those of every figure.
        app.MapTable("/indicators", async (http, db, ct) =>
        {
            var coverage = await db.Observations.AsNoTracking().Select(o => new { o.IndicatorCode, o.RegionCode, o.Period }).ToListAsync(ct);
            var rows = (await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct))
                .Select(i => new IndicatorCsvRow(i.Code, CsvDownload.Safe(i.NameZh), CsvDownload.Safe(i.NameEn), CsvDownload.Safe(i.UnitEn),
                    CsvDownload.Safe(i.UnitZh), i.CategoryCode,
                    coverage.Where(c => c.IndicatorCode == i.Code && c.RegionCode != null).Select(c => c.RegionCode).Distinct().Count(),
                    string.Join(';', coverage.Where(c => c.IndicatorCode == i.Code).Select(c => c.Period).Distinct().Order(StringComparer.Ordinal))))
                .ToList();
            return TableAnswer.Found(DownloadTable.Streamed("indicators", Bilingual.Get("IndicatorsTitle"), Page(http, "/Indicators/Index"),
                rows.ToAsyncEnumerable(), SourceIdsOf(db, o => true)));
        });

        app.MapTable("/sources", async (http, db, ct) =>
        {
            var rows = (await db.Sources.AsNoTracking().OrderBy(s => s.Id)
                    .Select(s => new { Source = s, Figures = db.Observations.Count(o => o.SourceId == s.Id) })
                    .ToListAsync(ct))
                .Select(x => new SourceCsvRow(x.Source.Id, CsvDownload.Safe(x.Source.TitleZh), CsvDownload.Safe(x.Source.TitleEn),
                    CsvDownload.Safe(x.Source.PublisherZh), CsvDownload.Safe(x.Source.PublisherEn), CsvDownload.Safe(x.Source.Published),
                    CsvDownload.Safe(x.Source.Url), CsvDownload.Safe(x.Source.ReadAt), x.Figures))
                .ToList();
            return TableAnswer.Found(DownloadTable.InMemory("sources", Bilingual.Get("SourcesTitle"), Page(http, "/Sources/Index"), rows, r => r.Id));
        });

        app.MapTable("/compare", async (http, db, ct) =>
        {
            var result = await CompareQuery.RunAsync(db, http.Request.Query, ct);
            if (result.Errors.Count > 0)
            {
                return TableAnswer.BadRequest(string.Join('\n', result.Errors));
            }

            var title = Bilingual.Format("CompareCiteTitle",
                new Bilingual(string.Join(Text.In(Text.Chinese, "ListSeparator"), result.Regions.Select(r => r.NameZh)),
                    string.Join(Text.In(Text.English, "ListSeparator"), result.Regions.Select(r => r.NameEn))),
                new Bilingual(string.Join(Text.In(Text.Chinese, "ListSeparator"), result.Indicators.Select(i => i.NameZh)),
                    string.Join(Text.In(Text.English, "ListSeparator"), result.Indicators.Select(i => i.NameEn))));
            return TableAnswer.Found(DownloadTable.InMemory("compare", title, Page(http, "/Compare/Index"), await CompareRowsAsync(db, result, ct),
                r => r.SourceId, IndexModel.Query(result, http.Request.Query["rows"] == "regions")));
        });

        // Every row, streamed on a context without the retrying strategy (which would hold every row in memory);
        // the request disposes of it once the download is written.
        app.MapTable("/export/observations", (http, _, _) =>
        {
            var db = DataServiceCollectionExtensions.CreateStreamingContext(http.RequestServices.GetRequiredService<DatabaseSettings>());
            http.Response.RegisterForDisposeAsync(db);
            return Task.FromResult(Observations(db, "observations",
                Bilingual.Get("TableAllFigures"), http.Request.PathBase + "/export/observations.csv", o => true));
        });
        return app;
    }

    /// <summary>Serves the table that <paramref name="load"/> finds at <paramref name="address"/> in each of the three forms.</summary>
    private static void MapTable(this IEndpointRouteBuilder app, string address, Func<HttpContext, DashboardContext, CancellationToken, Task<TableAnswer>> load)
    {
        foreach (var (extension, serve) in Forms)
        {
            app.MapGet(address + extension, async (HttpContext http, DashboardContext db, CancellationToken ct) =>
            {
                var answer = await load(http, db, ct);
                var downloadPath = http.Request.PathBase + http.Request.Path.Value![..^extension.Length];
                return answer.Problem ?? await serve(answer.Table!, http, downloadPath, db, ct);
            });
        }
    }

    /// <summary>The key of what a page is about (a region's code, a source's id) and its name in both languages.</summary>
    private sealed record Named(string Key, string Zh, string En);

    /// <summary>
    /// The figures of one thing (a region, an indicator, a source ...) at "{address}" with its one route parameter:
    /// 404 when <paramref name="find"/> finds nothing, else the observations <paramref name="filter"/> picks for its key.
    /// </summary>
    private static void MapObservationTable(
        this IEndpointRouteBuilder app, string address, string what, string titleKey, string page,
        Func<DashboardContext, string, IQueryable<Named>> find, Func<string, Expression<Func<Observation, bool>>> filter)
    {
        var parameter = address[(address.IndexOf('{', StringComparison.Ordinal) + 1)..address.IndexOf('}', StringComparison.Ordinal)];
        app.MapTable(address, async (http, db, ct) =>
        {
            var value = http.GetRouteValue(parameter)?.ToString() ?? "";
            var named = await find(db, value).FirstOrDefaultAsync(ct);
            return named is null ? TableAnswer.NotFound : Observations(db, $"{what}-{value}",
                Bilingual.Format(titleKey, new Bilingual(named.Zh, named.En)),
                Page(http, page, new RouteValueDictionary { [parameter] = value }), filter(named.Key));
        });
    }

    private static string Page(HttpContext http, string page, object? values = null) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, page, values: values)
        ?? throw new InvalidOperationException($"No address for page {page}.");

    private static IQueryable<Observation> InFileOrder(DashboardContext db, Expression<Func<Observation, bool>> filter) =>
        // A stable order: the same file for the same data, whatever the provider.
        db.Observations.AsNoTracking()
            .Where(filter)
            .OrderBy(o => o.IndicatorCode).ThenBy(o => o.RegionCode).ThenBy(o => o.PlatformSlug).ThenBy(o => o.PartnershipSlug)
            .ThenBy(o => o.ProjectSlug).ThenBy(o => o.Period).ThenBy(o => o.SourceId);

    /// <summary>The observations of /export/observations.csv in the file's order, for the benchmark to profile and to run in sqlite3 and psql.</summary>
    internal static IQueryable<Observation> BulkExport(DashboardContext db) => InFileOrder(db, o => true);

    private static TableAnswer Observations(DashboardContext db, string what, Bilingual title, string page, Expression<Func<Observation, bool>> filter) =>
        TableAnswer.Found(DownloadTable.Streamed(what, title, page, ObservationCsvRows.ReadAsync(db, InFileOrder(db, filter)), SourceIdsOf(db, filter)));

    private static Func<CancellationToken, Task<IReadOnlyList<string>>> SourceIdsOf(DashboardContext db, Expression<Func<Observation, bool>> filter) =>
        async ct => await db.Observations.AsNoTracking().Where(filter).Select(o => o.SourceId).Distinct().OrderBy(id => id).ToListAsync(ct);

    private static async Task<List<PartnershipCsvRow>> PartnershipRowsAsync(DashboardContext db, CancellationToken ct) =>
        (await db.Partnerships.AsNoTracking().OrderBy(p => p.Slug)
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
            .PreferredOfEachFigure()
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

    private static async Task WriteCsvAsync(DownloadTable table, HttpContext http, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{CsvDownload.FileName(table.What, ".csv")}\"";
        await table.WriteCsvAsync(http.Response.Body, ct);
    }

    /// <summary>
    /// The CSV, its metadata and a readme in both languages. The archive is built in a temporary file, not in memory
    /// (a bulk export may be large) and not on the response (ZipArchive writes synchronously), then sent.
    /// </summary>
    private static async Task WriteZipAsync(DownloadTable table, HttpContext http, string downloadPath, DashboardContext db, CancellationToken ct)
    {
        var metadata = await TableMetadata.BuildAsync(table, http.Request, downloadPath, db, ct);
        var metadataName = CsvDownload.FileName(table.What, ".metadata.json");
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"jiangmen-{Guid.NewGuid():N}.zip"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var csv = zip.CreateEntry(metadata.Csv.FileName).Open())
            {
                await table.WriteCsvAsync(csv, ct);
            }

            await using (var json = zip.CreateEntry(metadataName).Open())
            {
                await JsonSerializer.SerializeAsync(json, metadata, Json, ct);
            }

            await using var readme = new StreamWriter(zip.CreateEntry("README.txt").Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await readme.WriteAsync(Readme(metadata, metadataName));
        }

        file.Position = 0;
        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{CsvDownload.FileName(table.What, ".zip")}\"";
        await file.CopyToAsync(http.Response.Body, ct);
    }

    /// <summary>A short note in both languages: what the files are, how to read gaps and marks, how to cite.</summary>
    private static string Readme(TableMetadata metadata, string metadataName) =>
        string.Join("\r\n\r\n", new[] { Text.Chinese, Text.English }.Select(culture => string.Format(culture, Text.In(culture, "ZipReadme"),
            metadata.Title.In(culture), metadata.Csv.FileName, metadataName, metadata.Citation.In(culture)).ReplaceLineEndings("\r\n")));

    /// <summary>A response the endpoint writes itself (headers first, then the body as it is produced).</summary>
    private sealed class Written(Func<Task> write) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => write();
    }
}
