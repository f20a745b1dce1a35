namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A view's one table, built by its one query: what it is (for file names and titles), the page it belongs to (for the
/// citation), its columns, its rows and the sources they name. The page shows these rows; its .csv, .xlsx, .metadata.json
/// and .zip (<see cref="Downloads"/>) and the API are written from the same table, so nothing decides twice what a view holds.
/// </summary>
public abstract record Table(
    string Name, Bilingual Title, string PagePath, IReadOnlyList<(string Key, string Value)> PageQuery,
    Func<CancellationToken, Task<IReadOnlyList<string>>> SourceIds)
{
    /// <summary>Each column's name, type, meaning and unit, for the metadata.</summary>
    public abstract IEnumerable<(string Name, string Type, string Description, string? Unit, string? UnitColumn)> ColumnDescriptions { get; }

    public abstract Task WriteCsvAsync(Stream stream, CancellationToken ct);

    /// <summary>The same rows as a workbook, with the metadata's sources, notes and citation on a sheet of their own.</summary>
    internal abstract Task WriteXlsxAsync(Stream stream, TableMetadata metadata, CancellationToken ct);

    /// <summary>A table held in memory, citing the sources of what it shows (empty ids, such as a gap's, are ignored).</summary>
    public static Table<TRow> Of<TRow>(
        string name, Bilingual title, string pagePath, IReadOnlyList<Column<TRow>> columns, IReadOnlyList<TRow> rows, IEnumerable<string> sourceIds,
        params (string Key, string Value)[] pageQuery)
    {
        IReadOnlyList<string> sources = [.. sourceIds.Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        return new Table<TRow>(name, title, pagePath, pageQuery, columns, rows.ToAsyncEnumerable(), _ => Task.FromResult(sources));
    }
}

/// <inheritdoc cref="Table"/>
public sealed record Table<TRow>(
    string Name, Bilingual Title, string PagePath, IReadOnlyList<(string Key, string Value)> PageQuery,
    IReadOnlyList<Column<TRow>> Columns, IAsyncEnumerable<TRow> Rows, Func<CancellationToken, Task<IReadOnlyList<string>>> SourceIds)
    : Table(Name, Title, PagePath, PageQuery, SourceIds)
{
    public override IEnumerable<(string Name, string Type, string Description, string? Unit, string? UnitColumn)> ColumnDescriptions =>
        Columns.Select(c => (c.Name, c.Type, c.Description, c.Unit, c.UnitColumn));

    public override Task WriteCsvAsync(Stream stream, CancellationToken ct) => CsvFile.WriteAsync(stream, Columns, Rows, ct);

    internal override Task WriteXlsxAsync(Stream stream, TableMetadata metadata, CancellationToken ct) => XlsxFile.WriteAsync(stream, Columns, Rows, metadata, ct);
}
