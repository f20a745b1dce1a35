using System.Diagnostics;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Observations;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Bench;

/// <summary>
/// The bulk export's SQL for sqlite3 and psql, and where the export's time goes, stage by stage, each stage run on its
/// own: the database stepping through the rows without reading them, the app's rows read, then also written as CSV to a
/// stream that discards them.
/// </summary>
internal static class ExportProfile
{
    /// <summary>
    /// The export's rows with every column of its CSV, joined in SQL, in the file's order: what sqlite3 and psql run to
    /// write the same data as the app. (The app reads only the observations' own columns and takes the names from the
    /// catalogue, read once; see <see cref="Catalogue.StreamAsync"/>.)
    /// </summary>
    public static IQueryable<object> SameColumns(DashboardContext db) => AllObservations.InFileOrder(db).Select(o => new
    {
        Kind = o.RegionCode != null ? "region" : o.PlatformSlug != null ? "platform" : o.PartnershipSlug != null ? "partnership" : "project",
        Code = o.RegionCode ?? o.PlatformSlug ?? o.PartnershipSlug ?? o.ProjectSlug,
        SubjectZh = o.Region != null ? o.Region.NameZh : o.Platform != null ? o.Platform.NameZh : o.Partnership != null ? o.Partnership.NameZh : o.Project!.NameZh,
        SubjectEn = o.Region != null ? o.Region.NameEn : o.Platform != null ? o.Platform.NameEn : o.Partnership != null ? o.Partnership.NameEn : o.Project!.NameEn,
        o.IndicatorCode, IndicatorZh = o.Indicator!.NameZh, IndicatorEn = o.Indicator.NameEn,
        o.Period, o.Value, o.Indicator.UnitEn, o.Indicator.UnitZh,
        Qualifier = o.Qualifier == Qualifier.Exact ? "exact" : o.Qualifier == Qualifier.MoreThan ? "more_than" : o.Qualifier == Qualifier.AtLeast ? "at_least" : "about",
        o.SourceId, o.Source!.TitleEn, o.Source.TitleZh, o.Source.PublisherEn, o.Source.Url, o.Quote,
    });

    public static async Task RunAsync(DatabaseProvider provider, string connectionString)
    {
        await TimeAsync("database steps through the joined rows, reads nothing", provider, connectionString, async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = SameColumns(db).ToQueryString();
            await using var reader = await command.ExecuteReaderAsync();
            var n = 0L;
            while (await reader.ReadAsync())
            {
                n++;
            }

            return n;
        });
        await TimeAsync("the app's rows (observations' own columns + catalogue)", provider, connectionString, async db =>
        {
            var n = 0L;
            var catalogue = await CatalogueAsync(db);
            await foreach (var _ in catalogue.StreamAsync(AllObservations.InFileOrder(db)))
            {
                n++;
            }

            return n;
        });
        await TimeAsync("the app's rows written as CSV (bytes)", provider, connectionString, async db =>
        {
            var counting = new CountingStream();
            var catalogue = await CatalogueAsync(db);
            await CsvFile.WriteAsync(counting, ObservationRow.Columns, catalogue.StreamAsync(AllObservations.InFileOrder(db)), CancellationToken.None);
            return counting.Length;
        });
    }

    /// <summary>The names the export looks up; the database does not change while the profile runs.</summary>
    private static Task<Catalogue> CatalogueAsync(DashboardContext db) =>
        Catalogue.LoadAsync(db, null, _ => throw new InvalidOperationException("The data changed while the export was profiled."), CancellationToken.None);

    private static async Task TimeAsync(string stage, DatabaseProvider provider, string connectionString, Func<DashboardContext, Task<long>> work)
    {
        await using var db = Database.Context(provider, connectionString);
        var clock = Stopwatch.StartNew();
        var count = await work(db);
        Console.WriteLine($"{stage}\t{clock.Elapsed.TotalSeconds:F2} s\t{count}");
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
