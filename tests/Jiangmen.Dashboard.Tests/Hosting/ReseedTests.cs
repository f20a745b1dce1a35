using System.Data.Common;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Tests.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// Loads lose nothing: a reseed that dies half-way leaves the database exactly as it was, and a reader downloading
/// the bulk export while reseeds run gets the complete old data or the complete new data, never a mix.
/// The two states are the real seeds and a copy with every other observation and designation left out.
/// </summary>
public sealed partial class ReseedTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reseed_that_fails_after_half_its_rows_leaves_row_counts_and_checksum_unchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var full = Seeds.Directory;
        var thin = Thinned();
        await LoadAsync(database, thin);
        var before = await SnapshotAsync(database);
        var rows = Count(full, "observations.tsv") - Count(thin, "observations.tsv") + Count(full, "designations.tsv") - Count(thin, "designations.tsv");
        var failure = new FailAfterWrites(rows / 2);

        await using (var db = database.CreateContext(failure))
        {
            var load = () => SeedLoader.LoadAsync(db, SeedReader.Read(full));
            (await load.Should().ThrowAsync<Exception>()).Which.GetBaseException().Should().BeOfType<InjectedFailure>();
        }

        failure.Written.Should().Be(rows / 2).And.BeGreaterThan(10, "the load died mid-way, with rows already written");
        (await SnapshotAsync(database)).Should().Be(before);
        await LoadAsync(database, full);
        (await SnapshotAsync(database)).Should().NotBe(before, "the next reseed completes");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reader_looping_over_the_export_during_reseeds_gets_only_complete_old_or_new_data(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = new DashboardApplication(database).WithWebHostBuilder(b => b.UseSetting("RateLimits:PermitLimit", "1000000"));
        using var client = app.CreateClient();
        var full = Seeds.Directory;
        var thin = Thinned();

        async Task<string> ExportAsync()
        {
            using var response = await client.GetAsync(new Uri("/export/observations.csv", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        var fullCsv = await ExportAsync(); // the app seeded itself on start
        await LoadAsync(database, thin);
        var thinCsv = await ExportAsync();
        thinCsv.Length.Should().BeLessThan(fullCsv.Length);

        var reads = Channel.CreateUnbounded<string>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var body = await ExportAsync();
                    await reads.Writer.WriteAsync(body == fullCsv ? "full" : body == thinCsv ? "thin" : $"a mix of {body.Split("\r\n").Length} lines");
                }

                reads.Writer.Complete();
            }
            catch (Exception e)
            {
                reads.Writer.Complete(e);
            }
        });

        var seen = new List<string>();
        foreach (var next in new[] { full, thin, full, thin, full, thin })
        {
            await LoadAsync(database, next);
            // What was read while loading, then two more reads: the second began after the first ended, so after the commit.
            while (reads.Reader.TryRead(out var earlier))
            {
                seen.Add(earlier);
            }

            seen.Add(await reads.Reader.ReadAsync());
            seen.Add(await reads.Reader.ReadAsync());
            seen[^1].Should().Be(next == full ? "full" : "thin");
        }

        await stop.CancelAsync();
        await reader;
        seen.AddRange(await reads.Reader.ReadAllAsync().ToListAsync());
        seen.Should().OnlyContain(s => s == "full" || s == "thin");
        seen.Should().HaveCountGreaterThanOrEqualTo(12);
    }

    /// <summary>A copy of seeds/ with every other observation and designation left out: real rows, fewer of them.</summary>
    private static string Thinned()
    {
        var directory = Seeds.Copy();
        foreach (var file in new[] { "observations.tsv", "designations.tsv" })
        {
            var path = Path.Combine(directory, file);
            var lines = File.ReadAllText(path).Split('\n');
            var kept = lines.Take(1).Concat(lines.Skip(1).Where(l => l.Length > 0).Where((_, i) => i % 2 == 0));
            File.WriteAllText(path, string.Join('\n', kept) + "\n");
        }

        return directory;
    }

    /// <summary>Rows of a seeds file (its header and blank lines aside).</summary>
    private static int Count(string directory, string file) =>
        File.ReadAllText(Path.Combine(directory, file)).Split('\n').Skip(1).Count(l => l.Length > 0);

    /// <summary>Reads the seeds afresh for each load: a loaded seed set's entities belong to the context that loaded them.</summary>
    private static async Task LoadAsync(TestDatabase database, string seedDirectory)
    {
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(seedDirectory));
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await SeedLoaderTests.SnapshotAsync(db);
    }

    private sealed class InjectedFailure(string message) : Exception(message);

    /// <summary>
    /// Fails the load right after its <paramref name="rows"/>-th row write has run, as a database dying mid-way would.
    /// Test-only: it lives here, not in the loader, so nothing the web can reach can trigger it.
    /// </summary>
    private sealed partial class FailAfterWrites(int rows) : DbCommandInterceptor
    {
        public int Written { get; private set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Counts(command))
            {
                await result.DisposeAsync();
                throw new InjectedFailure($"injected after {Written} row writes");
            }

            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            Counts(command) ? throw new InjectedFailure($"injected after {Written} row writes") : ValueTask.FromResult(result);

        /// <summary>Counts a row write; true when it is the one to fail after.</summary>
        private bool Counts(DbCommand command)
        {
            if (!RowWrite().IsMatch(command.CommandText))
            {
                return false;
            }

            Written++;
            return Written == rows;
        }

        [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase)]
        private static partial Regex RowWrite();
    }
}
