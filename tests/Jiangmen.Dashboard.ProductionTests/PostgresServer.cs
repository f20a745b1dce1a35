using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// A PostgreSQL server of this test's own, which it may stop and start again without disturbing the server ./test.sh
/// shares with every other test. Run as the `postgres` user when the tests run as root (PostgreSQL refuses root).
/// With a password, every connection must prove it (SCRAM), as in production; without one, any is trusted.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _bin;

    private readonly string? _password;

    private PostgresServer(string directory, string bin, int port, string? password)
    {
        _directory = directory;
        _bin = bin;
        Port = port;
        _password = password;
    }

    public int Port { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = _password,
        Database = "postgres",
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync(string? password = null)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderBy(d => int.Parse(Path.GetFileName(Path.GetDirectoryName(d))!, System.Globalization.CultureInfo.InvariantCulture))
            .LastOrDefault() ?? throw new InvalidOperationException("No PostgreSQL server under /usr/lib/postgresql: run ./test.sh, which installs it.");
        var directory = Directory.CreateTempSubdirectory("jiangmen-pg-restart-").FullName;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var server = new PostgresServer(directory, bin, port, password);
        string[] authentication = ["-A", "trust"];
        if (password is not null)
        {
            var passwordFile = Path.Combine(directory, "password");
            await File.WriteAllTextAsync(passwordFile, password);
            authentication = ["-A", "scram-sha-256", $"--pwfile={passwordFile}"];
        }

        if (Environment.UserName == "root")
        {
            await Run("chown", "-R", "postgres:postgres", directory);
        }

        await server.AsPostgres("initdb", ["-D", server.Data, .. authentication, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
        await server.StartAgainAsync();
        return server;
    }

    public Task StopAsync() => AsPostgres("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public Task StartAgainAsync() => AsPostgres(
        "pg_ctl", "-D", Data, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsPostgres("pg_ctl", "-D", Data, "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_directory, recursive: true);
    }

    private string Data => Path.Combine(_directory, "data");

    private Task AsPostgres(string program, params string[] arguments) => Environment.UserName == "root"
        ? Run("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments])
        : Run(Path.Combine(_bin, program), arguments);

    private static async Task Run(string program, params string[] arguments)
    {
        var (exitCode, output) = await AppProcess.RunProgramAsync(program, Path.GetTempPath(), arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        }
    }
}
