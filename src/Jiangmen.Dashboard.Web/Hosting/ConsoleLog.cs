using System.Globalization;
using Serilog;
using Serilog.Formatting.Compact;

namespace Jiangmen.Dashboard.Web.Hosting;

internal static class ConsoleLog
{
    /// <summary>
    /// Production logs are read by machines (one compact JSON object per line, for the log collector);
    /// development logs by people.
    /// </summary>
    public static LoggerConfiguration WriteToConsole(this LoggerConfiguration logger, bool json) => json
        ? logger.WriteTo.Console(new RenderedCompactJsonFormatter())
        : logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);

    /// <summary>Before the host exists, the environment can only be read the way the host will read it.</summary>
    public static bool IsDevelopmentFromEnvironment() =>
        string.Equals(
            Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"),
            Environments.Development,
            StringComparison.OrdinalIgnoreCase);
}
