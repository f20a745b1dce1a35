using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A figure table of one thing (a region, an indicator, a source, a platform, a pairing): its rows in the file's
/// order, and the table its downloads are written from.
/// </summary>
internal static class ObservationTable
{
    /// <summary>
    /// A stable order: the same file for the same data, whatever the provider. Within an indicator, regions come first,
    /// then platforms, pairings and projects. PostgreSQL sorts NULL last, which is that order, and streams the bulk export
    /// straight from its index; SQLite sorts NULL first, so there which subject column is empty is ordered on explicitly.
    /// </summary>
    public static IQueryable<Observation> InFileOrder(DashboardContext db, IQueryable<Observation> observations) =>
        db is SqliteDashboardContext
            ? observations
                .OrderBy(o => o.IndicatorCode)
                .ThenBy(o => o.RegionCode == null).ThenBy(o => o.RegionCode)
                .ThenBy(o => o.PlatformSlug == null).ThenBy(o => o.PlatformSlug)
                .ThenBy(o => o.PartnershipSlug == null).ThenBy(o => o.PartnershipSlug)
                .ThenBy(o => o.ProjectSlug).ThenBy(o => o.Period).ThenBy(o => o.SourceId)
            : observations
                .OrderBy(o => o.IndicatorCode).ThenBy(o => o.RegionCode).ThenBy(o => o.PlatformSlug).ThenBy(o => o.PartnershipSlug)
                .ThenBy(o => o.ProjectSlug).ThenBy(o => o.Period).ThenBy(o => o.SourceId);

    /// <summary>The observations <paramref name="filter"/> picks, in the file's order.</summary>
    public static Task<List<ObservationRow>> RowsAsync(DashboardContext db, Catalogue catalogue, Expression<Func<Observation, bool>> filter, CancellationToken ct) =>
        catalogue.RowsAsync(InFileOrder(db, db.Observations.Where(filter)), ct);

    /// <summary>
    /// The downloads' table of one thing (a region, an indicator ...) named by the route value <paramref name="parameter"/>:
    /// 404 when <paramref name="find"/> knows no such thing, else its name, title and page, and its rows.
    /// </summary>
    public static async Task<TableAnswer> OfOneAsync<T>(
        HttpContext http, string parameter, Func<string, T?> find, Func<T, (string Name, Bilingual Title, string Page)> describe,
        Func<T, Task<List<ObservationRow>>> rows, params (string Key, string Value)[] pageQuery)
        where T : class
    {
        if (find(http.GetRouteValue(parameter)?.ToString() ?? "") is not { } thing)
        {
            return TableAnswer.NotFound;
        }

        var (name, title, page) = describe(thing);
        return Of(name, title, page, await rows(thing), pageQuery);
    }

    /// <summary>
    /// The same for a table the "official releases only" switch applies to (?grade=official; 400 for a value we do not
    /// know): <paramref name="rows"/> are read with the request's filter, and the table's page address keeps it.
    /// </summary>
    public static Task<TableAnswer> OfOneGradedAsync<T>(
        HttpContext http, string parameter, Func<string, T?> find, Func<T, (string Name, Bilingual Title, string Page)> describe,
        Func<T, GradeFilter, Task<List<ObservationRow>>> rows)
        where T : class =>
        GradeFilter.AnswerAsync(http, grades => OfOneAsync(http, parameter, find, describe, thing => rows(thing, grades), grades.Query));

    public static Table<ObservationRow> Of(string name, Bilingual title, string pagePath, IReadOnlyList<ObservationRow> rows, params (string Key, string Value)[] pageQuery) =>
        Table.Of(name, title, pagePath, ObservationRow.Columns, rows, rows.Select(r => r.SourceId), pageQuery);
}
