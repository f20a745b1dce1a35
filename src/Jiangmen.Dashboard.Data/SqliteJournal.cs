using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jiangmen.Dashboard.Data;

public static class SqliteJournal
{
    /// <summary>
    /// Puts a SQLite database in write-ahead-log mode (kept in the file; a no-op on PostgreSQL). Without it a reseed
    /// and a reader block each other; with it each reader sees the data as committed when its query began, old or
    /// new, never a mix, and a reseed never waits for a long CSV download to finish.
    /// </summary>
    public static async Task UseWriteAheadLogAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
