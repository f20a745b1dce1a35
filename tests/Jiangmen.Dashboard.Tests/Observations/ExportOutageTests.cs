using System.Data.Common;
using System.Net;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Observations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jiangmen.Dashboard.Tests.Observations;

/// <summary>
/// The bulk export and the API's CSV read on a streaming context of their own; when the database cannot be reached at
/// their first read, nothing has been sent (no byte-order mark, no header line) and the answer is a 503.
/// </summary>
public sealed class ExportOutageTests
{
    [Theory]
    [InlineData("/export/observations.csv", "text/html")]
    [InlineData("/export/observations.xlsx", "text/html")]
    [InlineData("/export/observations.zip", "text/html")]
    [InlineData("/api/observations?format=csv", "application/problem+json")]
    public async Task A_database_out_of_reach_at_the_first_row_is_a_503_with_nothing_streamed(string address, string mediaType)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddKeyedScoped<DashboardContext>(AllObservations.Streaming, (_, _) => database.CreateContext(new Unreachable()))));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Content.Headers.ContentDisposition.Should().BeNull();
        response.Headers.RetryAfter.Should().NotBeNull();
        body.Take(3).Should().NotEqual([0xEF, 0xBB, 0xBF]);
        System.Text.Encoding.UTF8.GetString(body).Should().NotContain("subject_kind");
    }

    /// <summary>Every read fails as SQLite fails when another process holds the database.</summary>
    private sealed class Unreachable : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            throw new SqliteException("database is locked", 5);
    }
}
