namespace Jiangmen.Dashboard.Testing;

/// <summary>The repository's root, found from the test binaries by walking up to Jiangmen.Dashboard.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>artifacts/screenshots/ at the repository root (git-ignored).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>artifacts/chart-images/ at the repository root (git-ignored): the chart images the tests downloaded.</summary>
    public static string ChartImages => Path.Combine(Root, "artifacts", "chart-images");
    /// <summary>Writes a file under artifacts/ (git-ignored), for figures a test measured.</summary>
    public static void WriteArtifact(string name, string text)
    {
        var path = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Jiangmen.Dashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Jiangmen.Dashboard.sln above {AppContext.BaseDirectory}");
    }
}
