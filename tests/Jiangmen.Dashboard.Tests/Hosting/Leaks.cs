namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>What must never reach a response: stack traces, exception names, SQL, database errors, file paths.</summary>
public static class Leaks
{
    private static readonly string[] Markers =
    [
        "Exception", "   at ", ".cs:line", "StackTrace", "Npgsql", "SQLite Error", "SQLSTATE",
        "FROM \"", "INSERT INTO", "syntax error", "/work/", "/tmp/", "/usr/share/dotnet", "/root/", AppContext.BaseDirectory,
    ];

    /// <summary>The markers found in <paramref name="body"/>; empty when it is clean.</summary>
    public static IReadOnlyList<string> In(string body) => Markers.Where(m => body.Contains(m, StringComparison.Ordinal)).ToList();
}
