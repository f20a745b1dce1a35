using System.Diagnostics;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Export;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Bench;

/// <summary>
/// Where the bulk export's time goes, stage by stage, each stage run on its own from a cold reader:
/// the rows read by EF Core, then also shaped into CSV rows, then also written as CSV to a stream that discards them.
/// </summary>
internal static class ExportProfile
{
    public static async Task RunAsync(DatabaseProvider provider, string connectionString)
    {
        await TimeAsync("read rows (plain DbDataReader, same SQL)", provider, connectionString, async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = CsvEndpoints.BulkExport(db).ToQueryString();
            await using var reader = await command.ExecuteReaderAsync();
            var n = 0L;
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                n++;
            }

            return n;
        });
        await TimeAsync("read rows (EF Core)", provider, connectionString, async db =>
        {
            var n = 0L;
            await foreach (var _ in CsvEndpoints.BulkExport(db).AsAsyncEnumerable())
            {
                n++;
            }

            return n;
        });
        await TimeAsync("read + shape CSV rows", provider, connectionString, async db =>
        {
            var n = 0L;
            await foreach (var _ in CsvEndpoints.BulkExport(db).AsAsyncEnumerable().Select(ObservationCsvRow.From))
            {
                n++;
            }

            return n;
        });
        await TimeAsync("read + shape + write CSV", provider, connectionString, async db =>
        {
            var counting = new CountingStream();
            await CsvDownload.WriteAsync(counting, CsvEndpoints.BulkExport(db).AsAsyncEnumerable().Select(ObservationCsvRow.From), CancellationToken.None);
            return counting.Length;
        });
    }

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
