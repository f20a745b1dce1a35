using Jiangmen.Dashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Bench;

internal static class Database
{
    public static DashboardContext Context(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite(connectionString).Options),
        _ => new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql(connectionString).Options),
    };
}
