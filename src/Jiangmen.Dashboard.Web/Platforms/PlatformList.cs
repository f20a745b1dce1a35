using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>The table of /platforms: every platform the sources name, by slug, with its count of figures the switch keeps.</summary>
internal static class PlatformList
{
    public static async Task<Table<PlatformRow>> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, GradeFilter grades, CancellationToken ct)
    {
        var observations = await grades.Apply(db.Observations, catalogue).Where(o => o.PlatformSlug != null)
            .GroupBy(o => o.PlatformSlug!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = catalogue.PlatformList.Select(p => new PlatformRow(p, observations.GetValueOrDefault(p.Slug))).ToList();
        return Table.Of("platforms", Bilingual.Get(nameof(Strings.PlatformsTitle)), Links.Page(http, "/Platforms/Index"),
            PlatformRow.Columns, rows, rows.Select(r => r.Platform.SourceId), grades.Query);
    }
}
