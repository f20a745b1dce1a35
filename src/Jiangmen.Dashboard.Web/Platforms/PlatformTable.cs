using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>The table of /platforms/{slug}: the platform's own figures (its projects' figures are on their rows).</summary>
internal static class PlatformTable
{
    public static async Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, PlatformInfo platform, GradeFilter grades, CancellationToken ct) =>
        [.. grades.Apply(await ObservationTable.RowsAsync(db, catalogue, o => o.PlatformSlug == platform.Slug, ct))];

    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        ObservationTable.OfOneGradedAsync(http, "slug", catalogue.Platforms.GetValueOrDefault,
            p => ($"platform-{p.Slug}", Bilingual.Format(nameof(Strings.TablePlatform), new Bilingual(p.NameZh, p.NameEn)), Links.Page(http, "/Platforms/Details", new { slug = p.Slug })),
            (p, grades) => RowsAsync(db, catalogue, p, grades, ct));
}
