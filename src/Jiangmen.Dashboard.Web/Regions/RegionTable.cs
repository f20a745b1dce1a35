using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>The table of /regions/{slug}: every figure of the region, every period (the page shows the latest of each).</summary>
internal static class RegionTable
{
    public static Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, RegionInfo region, CancellationToken ct) =>
        ObservationTable.RowsAsync(db, catalogue, o => o.RegionCode == region.Code, ct);

    /// <summary>The downloads' table: by slug only (the page redirects a division code to the slug; a download does not).</summary>
    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        ObservationTable.OfOneAsync(http, "slug", catalogue.RegionBySlug,
            r => ($"region-{r.Slug}", Bilingual.Format(nameof(Strings.TableRegion), new Bilingual(r.NameZh, r.NameEn)), Links.Page(http, "/Regions/Details", new { slug = r.Slug })),
            r => RowsAsync(db, catalogue, r, ct));
}
