namespace Jiangmen.Dashboard.Testing;

/// <summary>The repository's seeds/, as copied beside the test binaries, and scratch copies to break.</summary>
public static class Seeds
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public const string ReportSourceId = "jmdrc-2024-county-economy";

    /// <summary>Finds the city's 2023 GDP as the report gives it (the city's work report gives it too).</summary>
    public const string ReportGdpRow = "\tgdp\t2023\t4022.25\t亿元\texact\tjmdrc-2024-county-economy\t";

    /// <summary>Finds 恩平's census population from the census volume (a research compilation gives it too).</summary>
    public const string EnpingCensusRow = "\t440785\tresident_population\t2020\t483907\t人\texact\tnbs-census-2020-county-data\t";

    // Every copy lives under one folder per test process, removed when the process ends.
    private static readonly string CopiesRoot = CreateCopiesRoot();

    private static string CreateCopiesRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"jiangmen-seeds-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(root, recursive: true);
        return System.IO.Directory.CreateDirectory(root).FullName;
    }

    /// <summary>A private copy of seeds/ that a test may edit.</summary>
    public static string Copy()
    {
        var target = Path.Combine(CopiesRoot, Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Replaces line <paramref name="line"/> (1-based) of a seeds file.</summary>
    public static void ReplaceLine(string directory, string file, int line, Func<string, string> change)
    {
        var path = Path.Combine(directory, file);
        var lines = File.ReadAllText(path).Split('\n');
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    public static void AppendLine(string directory, string file, string text)
    {
        var path = Path.Combine(directory, file);
        var content = File.ReadAllText(path);
        File.WriteAllText(path, content.TrimEnd('\n') + "\n" + text + "\n");
    }

    /// <summary>The 1-based line of the first row of <paramref name="file"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string directory, string file, string text)
    {
        var lines = File.ReadAllText(Path.Combine(directory, file)).Split('\n');
        var index = Array.FindIndex(lines, 1, l => l.Contains(text, StringComparison.Ordinal));
        return index < 0 ? throw new InvalidOperationException($"'{text}' not in {file}") : index + 1;
    }
}
