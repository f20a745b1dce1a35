using System.Text;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>
/// Merges a filled workbook into seeds/: each source on its Sources sheet replaces the source of the same id, and
/// all that source's figures become the rows of the Figures sheet that cite it. The merged files are validated by
/// <see cref="SeedReader"/> itself, in a scratch copy of seeds/, so the workbook meets exactly the rules of
/// `seed --check`; only a plan without errors can be applied, and applying it writes nothing else.
/// </summary>
public static class WorkbookImport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // observations.tsv is sorted on these, as plain text (seeds/README.md).
    private static readonly string[] FigureKeyColumns = ["subject_kind", "subject", "indicator", "period", "source"];

    public static ImportPlan Plan(string workbookPath, string seedsDirectory)
    {
        var errors = new List<WorkbookError>();
        var sheets = WorkbookReader.Read(workbookPath, errors);
        var sources = sheets[WorkbookColumns.Sources];
        var figures = sheets[WorkbookColumns.Figures];
        var sourceIds = sources.Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal);
        var sourceColumn = ObservationColumn("source");
        foreach (var figure in figures.Where(f => f.Fields[sourceColumn].Length > 0 && !sourceIds.Contains(f.Fields[sourceColumn])))
        {
            var id = figure.Fields[sourceColumn];
            errors.Add(new WorkbookError(figure.Cell(sourceColumn + 1),
                $"source '{id}' is not on the Sources sheet: a workbook holds each of its sources whole, with all of its figures",
                $"来源“{id}”不在 Sources 表中:工作簿须包含其来源的完整信息及全部数据"));
        }

        if (errors.Count > 0)
        {
            return ImportPlan.Rejected(errors);
        }

        var merged = new Dictionary<string, MergedTable>
        {
            ["sources.tsv"] = MergedTable.Of(seedsDirectory, "sources.tsv", sources, row => sourceIds.Contains(row[0]), [0]),
            ["observations.tsv"] = MergedTable.Of(seedsDirectory, "observations.tsv", figures, row => sourceIds.Contains(Field(row, sourceColumn)),
                [.. FigureKeyColumns.Select(ObservationColumn)]),
        };

        errors.AddRange(Validate(seedsDirectory, merged));
        if (errors.Count > 0)
        {
            return ImportPlan.Rejected(errors);
        }

        var changes = merged.SelectMany(m => m.Value.Changes(m.Key)).ToList();
        return new ImportPlan([], changes, merged.ToDictionary(m => m.Key, m => m.Value.Text()));
    }

    /// <summary>Writes the merged files of a valid plan into seeds/; both are written in full before either replaces its original.</summary>
    public static void Apply(ImportPlan plan, string seedsDirectory)
    {
        if (plan.Errors.Count > 0)
        {
            throw new InvalidOperationException("A plan with errors cannot be applied.");
        }

        var written = new List<(string Scratch, string Target)>();
        foreach (var (file, text) in plan.Files)
        {
            var target = Path.Combine(seedsDirectory, file);
            var scratch = target + ".importing";
            File.WriteAllText(scratch, text, Utf8);
            written.Add((scratch, target));
        }

        foreach (var (scratch, target) in written)
        {
            File.Move(scratch, target, overwrite: true);
        }
    }

    /// <summary>The seed rules, run on a scratch copy of seeds/ holding the merged files; errors of workbook rows point at their cells.</summary>
    private static List<WorkbookError> Validate(string seedsDirectory, Dictionary<string, MergedTable> merged)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"jiangmen-import-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in Directory.EnumerateFiles(seedsDirectory, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(scratch, Path.GetRelativePath(seedsDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            foreach (var (file, table) in merged)
            {
                File.WriteAllText(Path.Combine(scratch, file), table.Text(), Utf8);
            }

            SeedReader.Read(scratch);
            return [];
        }
        catch (SeedException ex)
        {
            return ex.Errors.Select(e => merged.TryGetValue(e.File, out var table) && table.Origin(e.Line) is { } row
                    ? new WorkbookError(row.Cell(e.Column), e.Reason, e.ReasonZh)
                    : new WorkbookError($"{e.File}:{e.Line}:{e.Column}", e.Reason, e.ReasonZh))
                .ToList();
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static string Field(string[] row, int index) => index < row.Length ? row[index] : "";

    private static int ObservationColumn(string name) => SeedReader.ObservationColumns.ToList().IndexOf(name);

    /// <summary>A seed file with the workbook's rows in place of those they replace, sorted on its key columns.</summary>
    private sealed class MergedTable
    {
        private readonly string _header;
        private readonly IReadOnlyList<string> _columns;
        private readonly List<(string[] Fields, WorkbookRow? Origin)> _rows;
        private readonly List<string[]> _before;
        private readonly int[] _key;

        private MergedTable(string header, IReadOnlyList<string> columns, List<(string[], WorkbookRow?)> rows, List<string[]> before, int[] key)
        {
            _header = header;
            _columns = columns;
            _rows = rows;
            _before = before;
            _key = key;
        }

        public static MergedTable Of(string directory, string file, List<WorkbookRow> incoming, Func<string[], bool> replaced, int[] key)
        {
            var lines = File.Exists(Path.Combine(directory, file))
                ? File.ReadAllText(Path.Combine(directory, file), Encoding.UTF8).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList()
                : [];
            var header = lines.Count > 0 ? lines[0] : "";
            var before = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
            // A stable sort: rows with the same key (an error the seed rules report) keep their order.
            var rows = before.Where(r => !replaced(r)).Select(r => (r, (WorkbookRow?)null))
                .Concat(incoming.Select(r => (r.Fields, (WorkbookRow?)r)))
                .OrderBy(r => r.Item1, Comparer<string[]>.Create((a, b) => Compare(a, b, key)))
                .ToList();
            return new MergedTable(header, header.Split('\t'), rows, before, key);
        }

        public string Text() => string.Concat(new[] { _header }.Concat(_rows.Select(r => string.Join('\t', r.Fields))).Select(l => l + "\n"));

        /// <summary>The workbook row a 1-based line of <see cref="Text"/> came from, if any.</summary>
        public WorkbookRow? Origin(int line) => line >= 2 && line - 2 < _rows.Count ? _rows[line - 2].Origin : null;

        public IEnumerable<ImportChange> Changes(string file)
        {
            var before = _before.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var after = _rows.Select(r => r.Fields).GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var (key, row) in after.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (!before.TryGetValue(key, out var old))
                {
                    yield return new ImportChange(ImportChangeKind.Added, file, Describe(row), Summary(row), []);
                }
                else if (!old.SequenceEqual(row))
                {
                    var differences = _columns.Select((c, i) => (Column: c, Before: Field(old, i), After: Field(row, i))).Where(d => d.Before != d.After).ToList();
                    yield return new ImportChange(ImportChangeKind.Changed, file, Describe(row), Summary(row), differences);
                }
            }

            foreach (var (key, row) in before.Where(b => !after.ContainsKey(b.Key)).OrderBy(b => b.Key, StringComparer.Ordinal))
            {
                yield return new ImportChange(ImportChangeKind.Removed, file, Describe(row), Summary(row), []);
            }
        }

        private string Key(string[] row) => string.Join('\u001f', _key.Select(i => Field(row, i)));

        private string Describe(string[] row) => string.Join(" · ", _key.Select(i => Field(row, i)));

        private string Summary(string[] row) => _columns.Count > 5 && _columns[4] == "value"
            ? $"{Field(row, 4)} {Field(row, 5)} ({Field(row, 6)})"
            : Field(row, 1);

        private static int Compare(string[] a, string[] b, int[] key)
        {
            foreach (var i in key)
            {
                var c = string.CompareOrdinal(Field(a, i), Field(b, i));
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
