using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>/export/observations: every figure in one table, streamed however many there are; ?grade=official keeps only official releases.</summary>
internal static class AllObservations
{
    public const string Address = "/export/observations";

    /// <summary>
    /// The key of the request's context for one long streaming read: without the retrying strategy, which would hold every
    /// row in memory (<see cref="DataServiceCollectionExtensions.CreateStreamingContext"/>); disposed with the request.
    /// </summary>
    public const string Streaming = "streaming";

    /// <summary>The observations of the bulk export in the file's order, for the benchmark to profile and to run in sqlite3 and psql.</summary>
    public static IQueryable<Observation> InFileOrder(DashboardContext db) => ObservationTable.InFileOrder(db, db.Observations);

    public static Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct)
    {
        var (grades, problem) = GradeFilter.Read(http.Request.Query);
        if (grades is null)
        {
            return Task.FromResult(TableAnswer.BadRequest(problem));
        }

        var streaming = http.RequestServices.GetRequiredKeyedService<DashboardContext>(Streaming);
        return Task.FromResult<TableAnswer>(new Table<ObservationRow>(
            "observations", Bilingual.Get(nameof(Strings.TableAllFigures)), http.Request.PathBase + Address + ".csv", [grades.Query],
            ObservationRow.Columns, catalogue.StreamAsync(ObservationTable.InFileOrder(streaming, grades.Apply(streaming.Observations, catalogue)), ct),
            async sourceCt => [.. (await grades.Apply(db.Observations, catalogue).Select(o => o.SourceId).Distinct().ToListAsync(sourceCt)).Order(StringComparer.Ordinal)]));
    }
}
