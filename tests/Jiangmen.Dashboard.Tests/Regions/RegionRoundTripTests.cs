using System.Data.Common;
using Jiangmen.Dashboard.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jiangmen.Dashboard.Tests.Regions;

/// <summary>
/// Issue 18: a region page the output cache has not seen costs at most three database round trips once the catalogue
/// is in hand (the data stamp each request reads is a plain command of its own, outside EF Core).
/// </summary>
public sealed class RegionRoundTripTests
{
    public const int MaxRoundTrips = 3;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_uncached_region_page_takes_at_most_three_round_trips(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var commands = new CommandCounter();
        await using var app = new DashboardApplication(database).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteDashboardContext>(o => o.AddInterceptors(commands));
            s.ConfigureDbContext<PostgresDashboardContext>(o => o.AddInterceptors(commands));
        }));
        using var client = app.CreateClient();
        // Migrates, seeds and reads the catalogue.
        (await client.GetAsync(new Uri("/regions/enping", UriKind.Relative))).EnsureSuccessStatusCode();

        foreach (var address in new[] { "/regions/jiangmen", "/regions/xinhui", "/en/regions/taishan" })
        {
            commands.Reset();
            var html = await client.GetStringAsync(new Uri(address, UriKind.Relative));

            html.Should().Contain("key-figure");
            commands.Count.Should().BeInRange(1, MaxRoundTrips, $"{address} reads its figures and the counties' in at most {MaxRoundTrips} commands");
        }
    }

    /// <summary>Counts every command EF Core sends.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Counted(result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Counted(result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Counted(result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        private T Counted<T>(T result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }
    }
}
