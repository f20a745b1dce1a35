using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>The table of /indicators/{code}: every figure of one indicator, for every subject and period.</summary>
internal static class IndicatorTable
{
    public static async Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, IndicatorInfo indicator, GradeFilter grades, CancellationToken ct) =>
        [.. grades.Apply(await ObservationTable.RowsAsync(db, catalogue, o => o.IndicatorCode == indicator.Code, ct))];

    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        ObservationTable.OfOneGradedAsync(http, "code", catalogue.Indicators.GetValueOrDefault,
            i => ($"indicator-{i.Code}", Bilingual.Format(nameof(Strings.TableIndicator), new Bilingual(i.NameZh, i.NameEn)), Links.Page(http, "/Indicators/Details", new { code = i.Code })),
            (i, grades) => RowsAsync(db, catalogue, i, grades, ct));
}
