using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>The table of /regions/{slug}: every figure of the region, every period (the page shows the latest of each).</summary>
internal static class RegionTable
{
    public static Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, RegionInfo region, GradeFilter grades, CancellationToken ct) =>
        RowsAsync(db, catalogue, o => o.RegionCode == region.Code, grades, ct);

    /// <summary>The rows of the region that <paramref name="filter"/> picks (the page reads what its layout shows).</summary>
    public static async Task<List<ObservationRow>> RowsAsync(
        DashboardContext db, Catalogue catalogue, Expression<Func<Observation, bool>> filter, GradeFilter grades, CancellationToken ct) =>
        [.. grades.Apply(await ObservationTable.RowsAsync(db, catalogue, filter, ct))];

    /// <summary>The downloads' table: by slug only (the page redirects a division code to the slug; a download does not).</summary>
    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        ObservationTable.OfOneGradedAsync(http, "slug", catalogue.RegionBySlug,
            r => ($"region-{r.Slug}", Bilingual.Format(nameof(Strings.TableRegion), new Bilingual(r.NameZh, r.NameEn)), Links.Page(http, "/Regions/Details", new { slug = r.Slug })),
            (r, grades) => RowsAsync(db, catalogue, r, grades, ct));
}
