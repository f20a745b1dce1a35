namespace Jiangmen.Dashboard.Tests.Production;

/// <summary>
/// The app as a clean `dotnet publish` lays it out (the Dockerfile's build stage runs the same command), made once
/// per test run into a folder removed when the run ends.
/// </summary>
public static class Published
{
    private static readonly Lazy<Task<string>> Publish = new(PublishAsync);

    public static Task<string> FolderAsync() => Publish.Value;

    private static async Task<string> PublishAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"jiangmen-publish-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        };
        var (exitCode, log) = await AppProcess.RunProgramAsync(
            "dotnet", Repository.Root,
            "publish", "src/Jiangmen.Dashboard.Web", "-c", "Release", "-o", output, "--disable-build-servers", "-nologo");
        return exitCode == 0 ? output : throw new InvalidOperationException($"dotnet publish failed:\n{log}");
    }
}
