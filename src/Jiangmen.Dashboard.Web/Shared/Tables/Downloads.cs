using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A view's table at the view's own address with .csv appended, and beside it .xlsx (the same rows as a workbook),
/// .metadata.json (columns, sources, citation) and .zip (the CSV, the metadata and a readme in both languages). Each
/// answer has an ETag and a Last-Modified, and a client that holds it gets 304 (<see cref="Freshness"/>). A literal extension makes these routes
/// more specific than a page's "{slug}", so they win.
/// </summary>
internal static class Downloads
{
    /// <summary>What a table's address answers: the table, or why not (404 for an unknown thing, 400 for a bad parameter).</summary>
    public delegate Task<TableAnswer> Load(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct);

    // A file of its own, never put inside HTML: Chinese and quotes stay as they are.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The formats of every table: extension, media type, and how a summary in the description names it.</summary>
    internal static readonly (string Extension, string MediaType, string Named)[] Formats =
    [
        (".csv", "text/csv", "as CSV"),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "as an Excel workbook (sources on a second sheet)"),
        (".metadata.json", "application/json", "as the metadata of its CSV (columns, sources, citation)"),
        (".zip", "application/zip", "as a zip of the CSV, its metadata and a readme"),
    ];

    /// <summary>
    /// Serves the table that <paramref name="load"/> finds at <paramref name="address"/> as .csv, .xlsx, .metadata.json
    /// and .zip, described in /openapi/v1.json with <paramref name="summary"/> (what the table holds).
    /// </summary>
    public static IEndpointConventionBuilder MapDownloads(this IEndpointRouteBuilder app, string address, Load load, string summary)
    {
        var group = app.MapGroup("").WithTags("Downloads");
        var name = string.Concat(address.Split('/', '{', '}').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        foreach (var (extension, mediaType, named) in Formats)
        {
            Form form = extension switch
            {
                ".csv" => CsvAsync,
                ".xlsx" => XlsxAsync,
                ".metadata.json" => MetadataAsync,
                _ => ZipAsync,
            };
            var format = string.Concat(extension.Split('.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var endpoint = group.MapGet(address + extension, (HttpContext http, DashboardContext db, CatalogueCache catalogues, CancellationToken ct) =>
                    ServeAsync(http, db, catalogues, load, extension, form, ct))
                .WithName($"Get{name}{format}")
                .WithSummary($"{summary}, {named}.");
            if (extension == ".metadata.json")
            {
                endpoint.Produces<TableMetadata>(StatusCodes.Status200OK, mediaType);
            }
            else
            {
                endpoint.Produces<Stream>(StatusCodes.Status200OK, mediaType);
            }
        }

        return group;
    }

    private delegate Task<IResult> Form(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct);

    private static async Task<IResult> ServeAsync(
        HttpContext http, DashboardContext db, CatalogueCache catalogues, Load load, string extension, Form form, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        var answer = await load(http, db, catalogue, ct);
        if (answer.Problem is { } problem)
        {
            return problem;
        }

        if (Freshness.IsFreshDownload(http, catalogue))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var downloadPath = http.Request.PathBase + http.Request.Path.Value![..^extension.Length];
        return await form(answer.Table!, http, downloadPath, catalogue, ct);
    }

    private static Task<IResult> CsvAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct) =>
        Task.FromResult<IResult>(new WrittenResult(async () =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{CsvFile.Name(table.Name, ".csv")}\"";
            await table.WriteCsvAsync(http.Response.Body, ct);
        }));

    private static async Task<IResult> MetadataAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct) =>
        Results.Json(await TableMetadata.BuildAsync(table, http.Request, downloadPath, catalogue, ct), Json, "application/json; charset=utf-8");

    /// <summary>The workbook, built in a temporary file (the zip format is written synchronously), then sent.</summary>
    private static async Task<IResult> XlsxAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct)
    {
        var metadata = await TableMetadata.BuildAsync(table, http.Request, downloadPath, catalogue, ct);
        return new WrittenResult(() => SendBuiltAsync(http, Formats[1].MediaType, CsvFile.Name(table.Name, ".xlsx"),
            file => table.WriteXlsxAsync(file, metadata, ct), ct));
    }

    /// <summary>
    /// The CSV, its metadata and a readme in both languages. The archive is built in a temporary file, not in memory
    /// (a bulk export may be large) and not on the response (ZipArchive writes synchronously), then sent.
    /// </summary>
    private static async Task<IResult> ZipAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct)
    {
        var metadata = await TableMetadata.BuildAsync(table, http.Request, downloadPath, catalogue, ct);
        return new WrittenResult(() => SendBuiltAsync(http, "application/zip", CsvFile.Name(table.Name, ".zip"), async file =>
        {
            var metadataName = CsvFile.Name(table.Name, ".metadata.json");
            using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
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
        }, ct));
    }

    /// <summary>Builds a file in a temporary file that is deleted when closed, then sends it; nothing is sent if building fails.</summary>
    private static async Task SendBuiltAsync(HttpContext http, string mediaType, string fileName, Func<Stream, Task> build, CancellationToken ct)
    {
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"jiangmen-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await build(file);
        file.Position = 0;
        http.Response.ContentType = mediaType;
        http.Response.ContentLength = file.Length;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await file.CopyToAsync(http.Response.Body, ct);
    }

    /// <summary>A short note in both languages: what the files are, how to read gaps and marks, how to cite.</summary>
    private static string Readme(TableMetadata metadata, string metadataName) =>
        string.Join("\r\n\r\n", new[] { Text.Chinese, Text.English }.Select(culture => string.Format(culture, Text.In(culture, nameof(Strings.ZipReadme)),
            metadata.Title.In(culture), metadata.Csv.FileName, metadataName, metadata.Citation.In(culture)).ReplaceLineEndings("\r\n")));
}
