using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>
/// The two tables of /partnerships: the pairings (the default) and, with ?table=figures, the city-wide figures of the
/// pairing programme.
/// </summary>
internal static class PartnershipList
{
    /// <summary>Indicators of the categories whose code starts with this are the pairing programme's.</summary>
    private const string ProgrammeCategory = "pairing";

    /// <summary>The pairings hold no figures; the switch is kept in the page's address all the same.</summary>
    public static Table<PartnershipRow> Partnerships(HttpContext http, Catalogue catalogue, GradeFilter grades)
    {
        var rows = catalogue.PartnershipList.Select(p => new PartnershipRow(p)).ToList();
        return Table.Of("partnerships", Bilingual.Get(nameof(Strings.PartnershipsTitle)), Links.Page(http, "/Partnerships/Index"),
            PartnershipRow.Columns, rows, rows.Select(r => r.Partnership.SourceId), grades.Query);
    }

    /// <summary>The city's figures of the pairing programme that <paramref name="grades"/> keeps, in the file's order.</summary>
    public static async Task<List<ObservationRow>> CityObservationsAsync(DashboardContext db, Catalogue catalogue, GradeFilter grades, CancellationToken ct)
    {
        var city = catalogue.City.Code;
        var indicators = catalogue.IndicatorList
            .Where(i => i.Category.Code.StartsWith(ProgrammeCategory, StringComparison.Ordinal)).Select(i => i.Code).ToList();
        return [.. grades.Apply(await ObservationTable.RowsAsync(db, catalogue, o => o.RegionCode == city && indicators.Contains(o.IndicatorCode), ct))];
    }

    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct) =>
        GradeFilter.AnswerAsync(http, async grades =>
        {
            var table = http.Request.Query["table"];
            if (table == "figures")
            {
                return ObservationTable.Of("partnership-figures", Bilingual.Get(nameof(Strings.PartnershipCityFigures)), Links.Page(http, "/Partnerships/Index"),
                    await CityObservationsAsync(db, catalogue, grades, ct), grades.Query);
            }

            return http.Request.Query.ContainsKey("table")
                ? TableAnswer.BadRequest("Parameter table must be 'figures' or absent.")
                : Partnerships(http, catalogue, grades);
        });
}
