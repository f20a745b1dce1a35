using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jiangmen.Dashboard.Data;

public static class SqliteJournal
{
    /// <summary>
    /// Keeps a SQLite database in write-ahead-log mode (the mode is stored in the file; a no-op on PostgreSQL). EF Core
    /// creates new files in this mode; this also holds for a file made or switched back by other means. Without it a
    /// reseed and a reader block each other; with it each reader sees the data as committed when its query began, old
    /// or new, never a mix, and a reseed never waits for a long CSV download to finish.
    /// </summary>
    public static async Task UseWriteAheadLogAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
