using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A view's table at the view's own address with .csv appended, and beside it .metadata.json (columns, sources,
/// citation) and .zip (the CSV, the metadata and a readme in both languages). A literal extension makes these routes
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

    /// <summary>Serves the table that <paramref name="load"/> finds at <paramref name="address"/> as .csv, .metadata.json and .zip.</summary>
    public static void MapDownloads(this IEndpointRouteBuilder app, string address, Load load)
    {
        app.MapGet(address + ".csv", (HttpContext http, DashboardContext db, CatalogueCache catalogues, CancellationToken ct) =>
            ServeAsync(http, db, catalogues, load, ".csv", CsvAsync, ct));
        app.MapGet(address + ".metadata.json", (HttpContext http, DashboardContext db, CatalogueCache catalogues, CancellationToken ct) =>
            ServeAsync(http, db, catalogues, load, ".metadata.json", MetadataAsync, ct));
        app.MapGet(address + ".zip", (HttpContext http, DashboardContext db, CatalogueCache catalogues, CancellationToken ct) =>
            ServeAsync(http, db, catalogues, load, ".zip", ZipAsync, ct));
    }

    private delegate Task<IResult> Form(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct);

    private static async Task<IResult> ServeAsync(
        HttpContext http, DashboardContext db, CatalogueCache catalogues, Load load, string extension, Form form, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        var answer = await load(http, db, catalogue, ct);
        var downloadPath = http.Request.PathBase + http.Request.Path.Value![..^extension.Length];
        return answer.Problem ?? await form(answer.Table!, http, downloadPath, catalogue, ct);
    }

    private static Task<IResult> CsvAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct) =>
        Task.FromResult<IResult>(new Written(async () =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{CsvFile.Name(table.Name, ".csv")}\"";
            await table.WriteCsvAsync(http.Response.Body, ct);
        }));

    private static async Task<IResult> MetadataAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct) =>
        Results.Json(await TableMetadata.BuildAsync(table, http.Request, downloadPath, catalogue, ct), Json, "application/json; charset=utf-8");

    /// <summary>
    /// The CSV, its metadata and a readme in both languages. The archive is built in a temporary file, not in memory
    /// (a bulk export may be large) and not on the response (ZipArchive writes synchronously), then sent.
    /// </summary>
    private static async Task<IResult> ZipAsync(Table table, HttpContext http, string downloadPath, Catalogue catalogue, CancellationToken ct)
    {
        var metadata = await TableMetadata.BuildAsync(table, http.Request, downloadPath, catalogue, ct);
        return new Written(async () =>
        {
            var metadataName = CsvFile.Name(table.Name, ".metadata.json");
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
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{CsvFile.Name(table.Name, ".zip")}\"";
            await file.CopyToAsync(http.Response.Body, ct);
        });
    }

    /// <summary>A short note in both languages: what the files are, how to read gaps and marks, how to cite.</summary>
    private static string Readme(TableMetadata metadata, string metadataName) =>
        string.Join("\r\n\r\n", new[] { Text.Chinese, Text.English }.Select(culture => string.Format(culture, Text.In(culture, nameof(Strings.ZipReadme)),
            metadata.Title.In(culture), metadata.Csv.FileName, metadataName, metadata.Citation.In(culture)).ReplaceLineEndings("\r\n")));

    /// <summary>A response the endpoint writes itself (headers first, then the body as it is produced).</summary>
    private sealed class Written(Func<Task> write) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => write();
    }
}
