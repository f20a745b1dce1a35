using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// Failures answer a friendly page in the reader's language (or problem+json under /api) with a request id that the
/// log line also carries; a database out of reach is 503, anything else 500; nothing internal leaks.
/// </summary>
public sealed class ErrorTests
{
    private const string Secret = "internal-detail-5f3a";

    public static TheoryData<Exception> DatabaseOutages => new()
    {
        new SqliteException("database is locked", 5),
        new SqliteException("database table is locked", 6),
        new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
        new NpgsqlException("Exception while reading from stream", new TimeoutException()),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
        new RetryLimitExceededException("Maximum number of retries (3) exceeded", new NpgsqlException("Failed to connect")),
        new TimeoutException("The operation has timed out."),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect", new SocketException((int)SocketError.HostUnreachable))),
        new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving", new SqliteException("database is locked", 5)),
    };

    public static TheoryData<Exception> Faults => new()
    {
        new InvalidOperationException("Sequence contains more than one element"),
        new SqliteException("SQLite Error 1: 'no such table: Observations'.", 1),
        new PostgresException("syntax error at or near \"FROM\"", "ERROR", "ERROR", "42601"),
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"),
        new ArgumentException("Value does not fall within the expected range."),
        new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving", new SqliteException("constraint failed", 19)),
    };

    [Theory]
    [MemberData(nameof(DatabaseOutages))]
    public void A_database_out_of_reach_is_503(Exception exception) =>
        Errors.StatusCodeFor(exception).Should().Be(503);

    [Theory]
    [MemberData(nameof(Faults))]
    public void Any_other_failure_is_500(Exception exception) =>
        Errors.StatusCodeFor(exception).Should().Be(500);

    [Theory]
    [InlineData("Production", "/regions/xinhui", "抱歉，出了点问题", "zh-CN")]
    [InlineData("Production", "/en/regions/xinhui", "Sorry, something went wrong", "en")]
    [InlineData("Development", "/en/regions/xinhui", "Sorry, something went wrong", "en")]
    public async Task An_unexpected_failure_answers_a_localised_500_page_whose_request_id_is_in_the_log(string environment, string address, string title, string lang)
    {
        var log = new CollectingSink();
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = Failing(database, environment, log, new InvalidOperationException(Secret));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(body));
        page.DocumentElement.GetAttribute("lang").Should().Be(lang);
        page.QuerySelector("h1")!.TextContent.Should().Be(title);
        var requestId = page.QuerySelector("#request-id")!.TextContent;
        requestId.Should().NotBeNullOrWhiteSpace();
        body.Should().NotContain(Secret);
        Leaks.In(body).Should().BeEmpty();
        response.Headers.Contains("Content-Security-Policy").Should().BeTrue();
        log.Lines.Should().Contain(l => l.Contains(requestId, StringComparison.Ordinal) && l.Contains("/regions/xinhui", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unexpected_failure_under_the_api_answers_problem_json_500_with_the_request_id()
    {
        var log = new CollectingSink();
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = Failing(database, "Production", log, new InvalidOperationException(Secret));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/regions", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(500);
        var requestId = problem.GetProperty("requestId").GetString()!;
        body.Should().NotContain(Secret);
        log.Lines.Should().Contain(l => l.Contains(requestId, StringComparison.Ordinal) && l.Contains("/api/regions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_postgresql_server_that_cannot_be_reached_gives_a_localised_503_page_and_problem_json_503()
    {
        var log = new CollectingSink();
        // A port nothing listens on: every connection is refused, as when the server is down.
        var closed = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = ClosedPort(), Username = "postgres", Database = "nowhere" };
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:Dashboard", closed.ConnectionString);
            b.UseSetting("Database:MigrateOnStart", "false");
            b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log));
        });
        using var client = app.CreateClient();

        using var page = await client.GetAsync(new Uri("/en/regions/xinhui", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/observations", UriKind.Relative));

        await ShouldBeUnavailablePageAsync(page, log);
        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await api.Content.ReadAsStringAsync();
        JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32().Should().Be(503);
        Leaks.In(body).Should().BeEmpty();
        body.Should().NotContain(closed.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_sqlite_database_locked_by_another_process_gives_a_localised_503_page()
    {
        var log = new CollectingSink();
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: true);
        await using var app = new DashboardApplication(database).WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:MigrateOnStart", "false");
            b.UseSetting("Database:CommandTimeoutSeconds", "1");
            b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log));
        });
        using var client = app.CreateClient();
        await using var holder = new SqliteConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            // Back to the rollback journal, where an exclusive lock keeps readers out (the app keeps the file in WAL mode,
            // where readers are never blocked; MigrateOnStart=false leaves this file as it is).
            command.CommandText = "PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();
        }

        using var page = await client.GetAsync(new Uri("/en/regions/xinhui", UriKind.Relative));

        await ShouldBeUnavailablePageAsync(page, log);
    }

    private static async Task ShouldBeUnavailablePageAsync(HttpResponseMessage response, CollectingSink log)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull();
        var body = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(body));
        page.DocumentElement.GetAttribute("lang").Should().Be("en");
        page.QuerySelector("h1")!.TextContent.Should().Be("The data is unavailable for a moment (503)");
        var requestId = page.QuerySelector("#request-id")!.TextContent;
        Leaks.In(body).Should().BeEmpty();
        log.Lines.Should().Contain(l => l.Contains(requestId, StringComparison.Ordinal) && l.Contains("database is unavailable", StringComparison.Ordinal));
    }

    /// <summary>The app on a working database whose context cannot be made: every page that reads data fails with <paramref name="failure"/>.</summary>
    private static WebApplicationFactory<Program> Failing(TestDatabase database, string environment, CollectingSink log, Exception failure) =>
        new DashboardApplication(database).WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Database:MigrateOnStart", "false");
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<ILogEventSink>(log);
                s.AddScoped<DashboardContext>(_ => throw failure);
            });
        });

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Every log event the app writes, rendered as its text line would be (message and properties).</summary>
    private sealed class CollectingSink : ILogEventSink
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_lines)
            {
                _lines.Add(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
