using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Data;

/// <summary>Reads and writes the stamp of <see cref="DataVersion"/>.</summary>
public static class DataVersionStamp
{
    private static readonly Func<DashboardContext, CancellationToken, Task<string?>> Read =
        EF.CompileAsyncQuery((DashboardContext db, CancellationToken ct) =>
            db.DataVersions.Where(v => v.Id == DataVersion.SingletonId).Select(v => v.Stamp).FirstOrDefault());

    /// <summary>The stamp of the data now in the database, or null before the first load.</summary>
    public static Task<string?> ReadAsync(DashboardContext db, CancellationToken ct = default) => Read(db, ct);

    /// <summary>Marks the data as changed; the caller saves, in the transaction that changed the data.</summary>
    public static async Task WriteAsync(DashboardContext db, CancellationToken ct = default)
    {
        var row = await db.DataVersions.FirstOrDefaultAsync(v => v.Id == DataVersion.SingletonId, ct)
            ?? db.DataVersions.Add(new DataVersion { Stamp = "" }).Entity;
        row.Stamp = DataVersion.NewStamp();
        row.ChangedAt = DateTimeOffset.UtcNow;
    }
}
