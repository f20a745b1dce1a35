using System.Globalization;
using Jiangmen.Dashboard.Bench;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

// generate <Sqlite|Postgres> <connection string> <seeds dir> <observations>
//   fills a new, empty database with the real seeds plus synthetic rows (see SyntheticShape).
// export-sql <Sqlite|Postgres>
//   prints SQL giving the columns of /export/observations.csv in its order, for sqlite3 -csv and psql \copy to write the same data.
// profile-export <Sqlite|Postgres> <connection string>
//   times the export's stages in this process: the database stepping through the rows, the app's rows, written as CSV (to nowhere).
switch (args)
{
    case ["generate", var provider, var connection, var seeds, var observations]:
        await Generator.RunAsync(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true), connection, seeds,
            long.Parse(observations, NumberStyles.None, CultureInfo.InvariantCulture));
        return 0;
    case ["export-sql", var provider]:
        await using (var db = Database.Context(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true), provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase) ? "Data Source=:memory:" : "Host=localhost"))
        {
            Console.WriteLine(ExportProfile.SameColumns(db).ToQueryString());
        }

        return 0;
    case ["profile-export", var provider, var connection]:
        await ExportProfile.RunAsync(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true), connection);
        return 0;
    default:
        Console.Error.WriteLine("usage: generate <Sqlite|Postgres> <connection> <seeds dir> <observations> | export-sql <Sqlite|Postgres> | profile-export <Sqlite|Postgres> <connection>");
        return 2;
}
