using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>
/// The table of /sources: every source, by id, with its count of figures; with the "official releases only" switch, the
/// sources it keeps.
/// </summary>
internal static class SourceList
{
    public static async Task<Table<SourceRow>> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, GradeFilter grades, CancellationToken ct)
    {
        var observations = await db.Observations.GroupBy(o => o.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = catalogue.SourceList.Where(s => grades.Keeps(s.Grade)).Select(s => new SourceRow(s, observations.GetValueOrDefault(s.Id))).ToList();
        return Table.Of("sources", Bilingual.Get(nameof(Strings.SourcesTitle)), Links.Page(http, "/Sources/Index"),
            SourceRow.Columns, rows, rows.Select(r => r.Source.Id), grades.Query);
    }
}
