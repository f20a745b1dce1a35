namespace Jiangmen.Dashboard.Data;

/// <summary>Database:Provider: SQLite embedded by default, PostgreSQL in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
