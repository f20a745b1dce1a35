using System.Reflection;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// The app as `dotnet publish` lays it out (the Dockerfile's build stage runs the same command), made once per test
/// run into a folder removed when the run ends.
/// </summary>
/// <remarks>
/// From the build the tests run on (<c>--no-build</c>, same configuration): a full publish would rebuild the web
/// project and rerun its client-library restore while other tests of the same run load and serve those files.
/// </remarks>
public static class Published
{
    private static readonly Lazy<Task<string>> Publish = new(PublishAsync);

    public static Task<string> FolderAsync() => Publish.Value;

    /// <summary>Release under test.sh, Debug from an IDE: the tests and the app are built together.</summary>
    private static string Configuration =>
        typeof(Published).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

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
            "publish", "src/Jiangmen.Dashboard.Web", "-c", Configuration, "--no-build", "-o", output, "--disable-build-servers", "-nologo");
        return exitCode == 0 ? output : throw new InvalidOperationException($"dotnet publish failed:\n{log}");
    }
}
