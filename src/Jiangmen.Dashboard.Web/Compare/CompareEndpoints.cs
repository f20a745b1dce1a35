using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>A comparison's table as downloads and as JSON.</summary>
internal static class CompareEndpoints
{
    public static void MapCompareDownloads(this IEndpointRouteBuilder app) => app.MapDownloads("/compare", LoadAsync);

    public static void MapCompareApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/compare", GetCompare)
            .WithSummary("The comparison table: for each region and indicator, the latest value any source gives, or nulls.");

    private static async Task<TableAnswer> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct)
    {
        var result = await CompareQuery.RunAsync(db, catalogue, http.Request.Query, ct);
        if (result.Errors.Count > 0)
        {
            return TableAnswer.BadRequest(string.Join('\n', result.Errors));
        }

        var rows = result.Rows;
        return Table.Of("compare", result.Title, Links.Page(http, "/Compare/Index"), ObservationRow.Columns, rows,
            rows.Select(r => r.SourceId), result.Query(http.Request.Query["rows"] == "regions"));
    }

    public static async Task<IResult> GetCompare(DashboardContext db, CatalogueCache catalogues, HttpContext http, CancellationToken ct)
    {
        var result = await CompareQuery.RunAsync(db, await catalogues.GetAsync(ct), http.Request.Query, ct);
        if (result.Errors.Count > 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid comparison", detail: string.Join(" ", result.Errors));
        }

        return ApiAnswers.Tagged(http, new
        {
            Regions = result.Regions.Select(r => r.Slug),
            Indicators = result.Indicators.Select(i => i.Code),
            Cells = result.Regions.SelectMany(r => result.Indicators.Select(i => result.Cell(r, i) is { } f
                ? new CompareCell(r.Slug, i.Code, f.Period, f.Value, ObservationRow.QualifierCode(f.Qualifier), f.SourceId, f.Quote)
                : new CompareCell(r.Slug, i.Code, null, null, null, null, null))),
        });
    }
}
