using System.Net;
using System.Text.Json;
using Npgsql;
using YamlDotNet.Serialization;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// There is no Docker engine here, so docker-compose.yml is validated by docker-compose itself, and the commands its
/// containers run are run directly, with the environment the file gives them, on a fresh PostgreSQL.
/// </summary>
public sealed class ComposeTests
{
    private const string Password = "compose-test-secret-7f3a";

    // nginx -t checks that these folders are writable; in a scratch folder it needs no root.
    private static readonly string[] TempPaths = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];

    [Fact]
    public async Task The_compose_file_is_valid_with_the_example_env_file()
    {
        var (exitCode, output) = await AppProcess.RunProgramAsync(
            "docker-compose", Repository.Root, "-f", "docker-compose.yml", "--env-file", ".env.example", "config", "-q");
        exitCode.Should().Be(0, "docker-compose should accept the file:\n{0}", output);
    }

    [Fact]
    public async Task Nginx_accepts_the_load_balancer_configuration()
    {
        // The file is a server block for conf.d: wrap it in a minimal main configuration of a scratch folder.
        var folder = Directory.CreateTempSubdirectory("jiangmen-nginx-").FullName;
        try
        {
            var temp = string.Join(' ', TempPaths.Select(t => $"{t}_temp_path {folder}/{t};"));
            var main = Path.Combine(folder, "nginx.conf");
            await File.WriteAllTextAsync(main,
                $"pid {folder}/nginx.pid; error_log stderr; events {{}} " +
                $"http {{ access_log off; {temp} include {Path.Combine(Repository.Root, "deploy", "nginx.conf")}; }}");
            var (exitCode, output) = await AppProcess.RunProgramAsync("nginx", folder, "-t", "-p", folder, "-c", main);
            exitCode.Should().Be(0, "nginx -t should accept deploy/nginx.conf:\n{0}", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_web_service_is_built_for_several_instances_behind_nginx()
    {
        var services = await ServicesAsync();
        var web = services["web"];
        int.Parse(Text(Map(web["deploy"])["replicas"]), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(1);
        web.Should().NotContainKey("ports", "instances are reached through nginx, so they can be scaled without port clashes");
        Map(Map(web["depends_on"])["db"])["condition"].Should().Be("service_healthy");
        Map(Map(web["depends_on"])["migrate"])["condition"].Should().Be("service_completed_successfully");
        Map(web["environment"])["Database__MigrateOnStart"].Should().Be("false");
        Map(Map(services["lb"]["depends_on"])["web"])["condition"].Should().Be("service_healthy");

        var dockerfile = await File.ReadAllLinesAsync(Path.Combine(Repository.Root, "Dockerfile"));
        dockerfile.Should().Contain(l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:", StringComparison.Ordinal));
        dockerfile.Should().Contain(l => l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", StringComparison.Ordinal));
        dockerfile.Should().Contain("USER $APP_UID", "the runtime image runs as its non-root user");
        Entrypoint(dockerfile).Should().Equal("dotnet", "Jiangmen.Dashboard.Web.dll");
    }

    [Fact]
    public async Task The_containers_commands_migrate_seed_and_serve_a_ready_dashboard()
    {
        var services = await ServicesAsync();
        var folder = await Published.FolderAsync();
        await using var database = await TestDatabase.CreateAsync("Postgres", migrate: false);
        var address = AppProcess.FreeAddress();
        var environment = ComposeEnvironment(services["web"], database, address);
        Map(services["migrate"]["environment"]).Should().BeEquivalentTo(Map(services["web"]["environment"]));
        var health = HealthCommand(services["web"]);

        // The web instance starts on an empty database and waits, live but not ready, for the migrate job.
        await using var web = AppProcess.Start(folder, environment);
        await web.WaitForAsync(new Uri(address, "/health/live"));
        await web.WaitForAsync(new Uri(address, "/health/ready"), HttpStatusCode.ServiceUnavailable);
        (await AppProcess.RunAsync(folder, environment, health)).ExitCode.Should().Be(1, "the health check fails while nothing is migrated");

        var migrate = await AppProcess.RunAsync(folder, environment, Strings(services["migrate"]["command"]));
        migrate.ExitCode.Should().Be(0, "the migrate job should succeed:\n{0}", migrate.Output);

        await web.WaitForAsync(new Uri(address, "/health/ready"));
        var healthy = await AppProcess.RunAsync(folder, environment, health);
        healthy.ExitCode.Should().Be(0, "the health check passes once the data is there:\n{0}", healthy.Output);
        using var client = new HttpClient { BaseAddress = address };
        (await client.GetAsync(new Uri("/regions/xinhui", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        // Production logs: one JSON object per line, requests with status and duration, never the password.
        var lines = web.Lines.Concat(migrate.Output.Split('\n')).Where(l => l.Length > 0).ToList();
        lines.Should().NotContain(l => l.Contains(Password, StringComparison.Ordinal));
        lines.Should().AllSatisfy(l => JsonDocument.Parse(l).RootElement.TryGetProperty("@t", out _).Should().BeTrue(l));
        web.Lines.Should().Contain(l => l.Contains("\"RequestPath\":\"/regions/xinhui\"", StringComparison.Ordinal)
            && l.Contains("\"StatusCode\":200", StringComparison.Ordinal) && l.Contains("\"Elapsed\":", StringComparison.Ordinal));
    }

    /// <summary>The services as docker-compose resolves them, with an env file holding a recognisable password.</summary>
    private static async Task<Dictionary<string, Dictionary<object, object>>> ServicesAsync()
    {
        var envFile = Path.Combine(Path.GetTempPath(), $"jiangmen-compose-{Guid.NewGuid():N}.env");
        await File.WriteAllTextAsync(envFile, $"POSTGRES_PASSWORD={Password}\n");
        try
        {
            var (exitCode, output) = await AppProcess.RunProgramAsync(
                "docker-compose", Repository.Root, "-f", "docker-compose.yml", "--env-file", envFile, "config");
            exitCode.Should().Be(0, output);
            var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(output);
            return Map(root["services"]).ToDictionary(s => Text(s.Key), s => (Dictionary<object, object>)s.Value);
        }
        finally
        {
            File.Delete(envFile);
        }
    }

    /// <summary>The web service's variables, pointed at the test database and a free local port instead of db:5432 and :8080.</summary>
    private static Dictionary<string, string> ComposeEnvironment(Dictionary<object, object> web, TestDatabase database, Uri address)
    {
        var environment = Map(web["environment"]).ToDictionary(e => Text(e.Key), e => Text(e.Value));
        var compose = new NpgsqlConnectionStringBuilder(environment["ConnectionStrings__Dashboard"]);
        compose.Password.Should().Be(Password, "the password comes from the env file");
        var test = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        (compose.Host, compose.Port, compose.Database, compose.Username) = (test.Host, test.Port, test.Database, test.Username);
        environment["ConnectionStrings__Dashboard"] = compose.ConnectionString;
        environment["ASPNETCORE_URLS"].Should().Be("http://+:8080");
        environment["ASPNETCORE_URLS"] = address.ToString();
        return environment;
    }

    /// <summary>The app's arguments in the health check: ["CMD", "dotnet", "Jiangmen.Dashboard.Web.dll", "health"] → ["health"].</summary>
    private static string[] HealthCommand(Dictionary<object, object> web)
    {
        var test = Strings(Map(web["healthcheck"])["test"]);
        test.Take(3).Should().Equal("CMD", "dotnet", "Jiangmen.Dashboard.Web.dll");
        return test[3..];
    }

    private static string[] Entrypoint(string[] dockerfile)
    {
        var line = dockerfile.Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
        return JsonSerializer.Deserialize<string[]>(line["ENTRYPOINT ".Length..])!;
    }

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static string[] Strings(object node) => ((List<object>)node).Select(Text).ToArray();

    private static string Text(object node) => (string)node;
}
