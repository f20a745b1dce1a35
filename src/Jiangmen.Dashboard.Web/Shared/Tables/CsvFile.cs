using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Writes a table as the CSV an analyst opens in Excel: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting,
/// invariant plain numbers, text cells neutralised against formula injection. Rows are written as they arrive
/// from the database, so memory does not grow with the row count.
/// </summary>
internal static class CsvFile
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // Injection is handled per text cell (see Safe) so that numbers, including negative ones, stay numbers.
        InjectionOptions = InjectionOptions.None,
    };

    /// <summary>The file name says what and when: jiangmen-{what}-{yyyy-MM-dd}{.csv, .metadata.json, .zip, .xlsx}.</summary>
    public static string Name(string what, string extension) => $"jiangmen-{what}-{Citation.Today()}{extension}";

    /// <summary>
    /// Writes the header and the rows, field by field from the table's columns (CsvHelper's WriteRecord would compile a
    /// delegate per column in every new writer, left to the finalizer); the stream stays open (it may be a zip entry's or
    /// the response's). Nothing, not even the byte-order mark, is written before the first row is read: when the database
    /// cannot be reached, the answer has not started and is a 503, rather than a file cut after its header.
    /// </summary>
    public static async Task WriteAsync<TRow>(Stream stream, IReadOnlyList<Column<TRow>> columns, IAsyncEnumerable<TRow> rows, CancellationToken ct)
    {
        await using var enumerator = rows.GetAsyncEnumerator(ct);
        var more = await enumerator.MoveNextAsync();
        // 16 K characters: the writer's buffers stay below the large-object heap's 85 KB, so a download's buffers die young
        // instead of driving full collections (64 K put ~320 KB there per download; bench/RESULTS.md, soak).
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration);
        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.NextRecordAsync();
        for (; more; more = await enumerator.MoveNextAsync())
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Cell(enumerator.Current));
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>A text cell that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    public static string Safe(string? text) =>
        text is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + text : text ?? "";
}
