using System.Net;
using System.Text.Json;
using Npgsql;
using YamlDotNet.Serialization;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>
/// There is no Docker engine here, so docker-compose.yml is validated by docker-compose itself, and the commands its
/// containers run are run directly, with the environment the file gives them, on a fresh PostgreSQL. The passwords
/// are secrets in files (a folder of the test's own stands in for ./secrets and /run/secrets).
/// </summary>
public sealed class ComposeTests
{
    private const string OwnerPassword = "compose-owner-secret-7f3a";
    private const string WebPassword = "compose-web-secret-41c9";

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
        await using var compose = await ComposeFile.ResolveAsync();
        var services = compose.Services;
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
    public async Task Passwords_are_secrets_in_files_never_environment_variables()
    {
        await using var compose = await ComposeFile.ResolveAsync();
        foreach (var name in new[] { "db_owner_password", "db_web_password" })
        {
            Text(Map(Map(compose.Root["secrets"])[name])["file"]).Should().Be(Path.Combine(compose.SecretsFolder, name),
                "the secrets are files in the folder DASHBOARD_SECRETS names");
        }

        foreach (var (name, service) in compose.Services.Where(s => s.Value.ContainsKey("environment")))
        {
            foreach (var (key, value) in Map(service["environment"]))
            {
                Text(value).Should().NotContainAny([OwnerPassword, WebPassword], "{0}'s {1} would show in docker inspect", name, key);
                if (Text(key).Contains("PASSWORD", StringComparison.OrdinalIgnoreCase))
                {
                    Text(key).Should().EndWithEquivalentOf("File", "{0} takes its password from a file", name);
                }
            }
        }

        string Variable(string service, string name) => Text(Map(compose.Services[service]["environment"])[name]);
        Variable("db", "POSTGRES_PASSWORD_FILE").Should().Be("/run/secrets/db_owner_password");
        Variable("migrate", "Database__PasswordFile").Should().Be("/run/secrets/db_owner_password");
        Variable("migrate", "Database__WebPasswordFile").Should().Be("/run/secrets/db_web_password");
        Variable("web", "Database__PasswordFile").Should().Be("/run/secrets/db_web_password");
        Secrets(compose.Services["web"]).Should().Equal(["db_web_password"], "a web instance holds no other secret");
        Secrets(compose.Services["migrate"]).Should().BeEquivalentTo("db_owner_password", "db_web_password");
        Secrets(compose.Services["db"]).Should().Equal(["db_owner_password"]);

        var owner = new NpgsqlConnectionStringBuilder(Variable("migrate", "ConnectionStrings__Dashboard")).Username;
        new NpgsqlConnectionStringBuilder(Variable("web", "ConnectionStrings__Dashboard")).Username
            .Should().NotBe(owner, "the web instances do not connect as the owner")
            .And.Be(new NpgsqlConnectionStringBuilder(Variable("migrate", "ConnectionStrings__DashboardWeb")).Username,
                "the migrate job makes the role the web instances connect as");
        Variable("db", "POSTGRES_USER").Should().Be(owner);
    }

    [Fact]
    public async Task Every_container_is_hardened()
    {
        await using var compose = await ComposeFile.ResolveAsync();
        foreach (var (name, service) in compose.Services)
        {
            Text(service["read_only"]).Should().Be("true", "{0} has a read-only root filesystem", name);
            Strings(service["security_opt"]).Should().Contain("no-new-privileges:true", name);
            Strings(service["cap_drop"]).Should().Equal(["ALL"], name);
            service.Should().NotContainKey("cap_add", name);
            Map(Map(Map(service["deploy"])["resources"])["limits"]).Keys.Select(Text).Should().Contain(["memory", "cpus"],
                "{0} has a memory and a CPU limit", name);
            Strings(service["tmpfs"]).Should().NotBeEmpty("{0} writes only to a tmpfs or a volume", name);
        }

        // The app's image runs as its own non-root user (USER $APP_UID); the others as the unprivileged user of theirs.
        Text(compose.Services["db"]["user"]).Should().Be("postgres");
        Text(compose.Services["lb"]["user"]).Should().Be("nginx");
        foreach (var app in new[] { "migrate", "web" })
        {
            compose.Services[app].Should().NotContainKey("user", "the image's USER applies");
            Strings(compose.Services[app]["tmpfs"]).Should().Contain("/tmp", "zip downloads are built in a temporary file");
        }

        var nginx = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "nginx.conf"));
        nginx.Should().Contain("limit_req zone=").And.Contain("limit_conn ").And.Contain("client_max_body_size ")
            .And.Contain("large_client_header_buffers ").And.Contain("proxy_set_header X-Forwarded-For $remote_addr;");
    }

    [Fact]
    public async Task The_containers_commands_migrate_seed_and_serve_a_ready_dashboard()
    {
        await using var compose = await ComposeFile.ResolveAsync();
        var services = compose.Services;
        var folder = await Published.FolderAsync();
        await using var database = await WebRoleDatabase.CreateAsync();
        var address = AppProcess.FreeAddress();
        var migrateEnvironment = compose.Environment(services["migrate"], database, address);
        var webEnvironment = compose.Environment(services["web"], database, address);
        var health = HealthCommand(services["web"]);

        // The web instance starts on an empty database and waits, live but not ready, for the migrate job.
        await using var web = AppProcess.Start(folder, webEnvironment);
        await web.WaitForAsync(new Uri(address, "/health/live"));
        await web.WaitForAsync(new Uri(address, "/health/ready"), HttpStatusCode.ServiceUnavailable);
        (await AppProcess.RunAsync(folder, webEnvironment, health)).ExitCode.Should().Be(1, "the health check fails while nothing is migrated");

        var migrate = await AppProcess.RunAsync(folder, migrateEnvironment, Strings(services["migrate"]["command"]));
        migrate.ExitCode.Should().Be(0, "the migrate job should succeed:\n{0}", migrate.Output);
        migrate.Output.Should().Contain(database.WebRole, "the migrate job made the web role");

        await web.WaitForAsync(new Uri(address, "/health/ready"));
        var healthy = await AppProcess.RunAsync(folder, webEnvironment, health);
        healthy.ExitCode.Should().Be(0, "the health check passes once the data is there:\n{0}", healthy.Output);
        using var client = new HttpClient { BaseAddress = address };
        (await client.GetAsync(new Uri("/regions/xinhui", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        // Production logs: one JSON object per line, requests with status and duration, never a password.
        var lines = web.Lines.Concat(migrate.Output.Split('\n')).Where(l => l.Length > 0).ToList();
        lines.Should().NotContain(l => l.Contains(OwnerPassword, StringComparison.Ordinal) || l.Contains(WebPassword, StringComparison.Ordinal));
        lines.Should().AllSatisfy(l => JsonDocument.Parse(l).RootElement.TryGetProperty("@t", out _).Should().BeTrue(l));
        (await web.WaitForLineAsync(l => l.Contains("\"RequestPath\":\"/regions/xinhui\"", StringComparison.Ordinal)
            && l.Contains("\"StatusCode\":200", StringComparison.Ordinal) && l.Contains("\"Elapsed\":", StringComparison.Ordinal)))
            .Should().BeTrue("the request is logged with its path, status and duration:\n{0}", web.Log);
    }

    /// <summary>
    /// docker-compose.yml as docker-compose resolves it with .env.example, except that DASHBOARD_SECRETS names a folder
    /// of the test's own holding recognisable passwords; the folder is removed when disposed.
    /// </summary>
    private sealed class ComposeFile : IAsyncDisposable
    {
        private static readonly string[] ConnectionStrings = ["ConnectionStrings__Dashboard", "ConnectionStrings__DashboardWeb"];

        private ComposeFile(string secretsFolder, Dictionary<object, object> root)
        {
            SecretsFolder = secretsFolder;
            Root = root;
            Services = Map(root["services"]).ToDictionary(s => Text(s.Key), s => Map(s.Value));
        }

        public string SecretsFolder { get; }

        public Dictionary<object, object> Root { get; }

        public Dictionary<string, Dictionary<object, object>> Services { get; }

        public static async Task<ComposeFile> ResolveAsync()
        {
            var folder = Directory.CreateTempSubdirectory("jiangmen-compose-").FullName;
            await File.WriteAllTextAsync(Path.Combine(folder, "db_owner_password"), OwnerPassword + "\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "db_web_password"), WebPassword + "\n");
            var example = await File.ReadAllTextAsync(Path.Combine(Repository.Root, ".env.example"));
            var envFile = Path.Combine(folder, ".env");
            await File.WriteAllTextAsync(envFile, example.Replace("DASHBOARD_SECRETS=./secrets", $"DASHBOARD_SECRETS={folder}", StringComparison.Ordinal));
            var (exitCode, output) = await AppProcess.RunProgramAsync(
                "docker-compose", Repository.Root, "-f", "docker-compose.yml", "--env-file", envFile, "config");
            exitCode.Should().Be(0, "docker-compose should accept the file with its secrets:\n{0}", output);
            return new ComposeFile(folder, new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(output));
        }

        /// <summary>
        /// A service's variables, pointed at the test database instead of db:5432 (the owner as the test server's admin,
        /// the web role as the test's own), at the secrets folder instead of /run/secrets, and at a free local port.
        /// </summary>
        public Dictionary<string, string> Environment(Dictionary<object, object> service, WebRoleDatabase database, Uri address)
        {
            var environment = Map(service["environment"]).ToDictionary(e => Text(e.Key), e => Text(e.Value));
            const string Secrets = "/run/secrets/";
            foreach (var (key, value) in environment.Where(e => e.Value.StartsWith(Secrets, StringComparison.Ordinal)).ToList())
            {
                environment[key] = Path.Combine(SecretsFolder, value[Secrets.Length..]);
            }

            var owner = Text(Map(Services["db"]["environment"])["POSTGRES_USER"]);
            foreach (var key in ConnectionStrings.Where(environment.ContainsKey))
            {
                var compose = new NpgsqlConnectionStringBuilder(environment[key]);
                compose.Password.Should().BeNull("{0} holds no password; it comes from a secret", key);
                var test = new NpgsqlConnectionStringBuilder(compose.Username == owner ? database.Owner : database.Web);
                (compose.Host, compose.Port, compose.Database, compose.Username) = (test.Host, test.Port, test.Database, test.Username);
                environment[key] = compose.ConnectionString;
            }

            environment["ASPNETCORE_URLS"].Should().Be("http://+:8080");
            environment["ASPNETCORE_URLS"] = address.ToString();
            return environment;
        }

        public ValueTask DisposeAsync()
        {
            Directory.Delete(SecretsFolder, recursive: true);
            return ValueTask.CompletedTask;
        }
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

    /// <summary>The secrets a service mounts, whichever of compose's two spellings it resolved to.</summary>
    private static string[] Secrets(Dictionary<object, object> service) =>
        ((List<object>)service["secrets"]).Select(s => s is string name ? name : Text(Map(s)["source"])).ToArray();
}
