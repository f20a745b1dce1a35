using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>The table of /partnerships/{slug}: the figures of a pairing and of its joint projects.</summary>
internal static class PartnershipTable
{
    public static async Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, PartnershipInfo partnership, GradeFilter grades, CancellationToken ct)
    {
        var projects = catalogue.ProjectList.Where(p => p.Partnership == partnership).Select(p => p.Slug).ToList();
        return [.. grades.Apply(await ObservationTable.RowsAsync(db, catalogue,
            o => o.PartnershipSlug == partnership.Slug || (o.ProjectSlug != null && projects.Contains(o.ProjectSlug)), ct))];
    }

    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        ObservationTable.OfOneGradedAsync(http, "slug", catalogue.Partnerships.GetValueOrDefault,
            p => ($"partnership-{p.Slug}", Bilingual.Format(nameof(Strings.TablePartnership), new Bilingual(p.NameZh, p.NameEn)), Links.Page(http, "/Partnerships/Details", new { slug = p.Slug })),
            (p, grades) => RowsAsync(db, catalogue, p, grades, ct));
}
