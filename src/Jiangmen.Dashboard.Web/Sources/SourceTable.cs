using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>The table of /sources/{id}: every figure taken from one source.</summary>
internal static class SourceTable
{
    /// <summary>The source's figures; none with the "official releases only" switch when its grade is below official.</summary>
    public static async Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, SourceInfo source, GradeFilter grades, CancellationToken ct) =>
        [.. grades.Apply(await ObservationTable.RowsAsync(db, catalogue, o => o.SourceId == source.Id, ct))];

    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        ObservationTable.OfOneGradedAsync(http, "id", catalogue.Sources.GetValueOrDefault,
            s => ($"source-{s.Id}", Bilingual.Format(nameof(Strings.TableSource), new Bilingual(s.TitleZh, s.TitleEn)), Links.Page(http, "/Sources/Details", new { id = s.Id })),
            (s, grades) => RowsAsync(db, catalogue, s, grades, ct));
}
