using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jiangmen.Dashboard.Data;

// Used only by `dotnet ef migrations add`; the connection is never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDashboardContext>
{
    public SqliteDashboardContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDashboardContext>
{
    public PostgresDashboardContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
