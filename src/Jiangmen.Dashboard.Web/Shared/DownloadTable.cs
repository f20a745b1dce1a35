using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// One table a page offers for download, defined once: what it is (for file names), its title in both languages,
/// the page it belongs to (for the citation), how to write its rows and which sources its rows name.
/// <see cref="CsvEndpoints"/> serves every table as .csv, .metadata.json and .zip from this one definition.
/// </summary>
internal sealed record DownloadTable(
    string What,
    Bilingual Title,
    string PagePath,
    IReadOnlyList<(string Key, string Value)> PageQuery,
    Type RowType,
    Func<Stream, CancellationToken, Task> WriteCsvAsync,
    Func<CancellationToken, Task<IReadOnlyList<string>>> SourceIdsAsync)
{
    /// <summary>A table streamed from the database; the ids of its sources are asked of the database with the same filter.</summary>
    public static DownloadTable Streamed<T>(
        string what, Bilingual title, string pagePath, IAsyncEnumerable<T> rows, Func<CancellationToken, Task<IReadOnlyList<string>>> sourceIds,
        params (string Key, string Value)[] pageQuery) =>
        new(what, title, pagePath, pageQuery, typeof(T), (stream, ct) => CsvDownload.WriteAsync(stream, rows, ct), sourceIds);

    /// <summary>A table built in memory; its sources are the ones its rows name (a gap row names none).</summary>
    public static DownloadTable InMemory<T>(
        string what, Bilingual title, string pagePath, IReadOnlyList<T> rows, Func<T, string> sourceId,
        params (string Key, string Value)[] pageQuery) =>
        new(what, title, pagePath, pageQuery, typeof(T), (stream, ct) => CsvDownload.WriteAsync(stream, rows.ToAsyncEnumerable(), ct),
            _ => Task.FromResult<IReadOnlyList<string>>(rows.Select(sourceId).Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList()));
}

/// <summary>What a table's address answers: the table, or why not (404 for an unknown thing, 400 for a bad parameter).</summary>
internal sealed record TableAnswer(DownloadTable? Table, IResult? Problem)
{
    public static TableAnswer Found(DownloadTable table) => new(table, null);

    public static readonly TableAnswer NotFound = new(null, Results.NotFound());

    public static TableAnswer BadRequest(string why) =>
        new(null, Results.Text(why, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest));
}
