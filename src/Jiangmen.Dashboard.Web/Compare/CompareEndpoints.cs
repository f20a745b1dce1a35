using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>A comparison's table as downloads and as JSON.</summary>
internal static class CompareEndpoints
{
    public static void MapCompareDownloads(this IEndpointRouteBuilder app) =>
        app.MapDownloads("/compare", LoadAsync, "A comparison in long form: each indicator for each region, its figure of the period shown or a gap")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                Parameters(operation);
                OpenApiDescription.Query(operation, "rows", "regions to put the regions in rows on the page; the file's rows are the same.", OpenApiDescription.OneOf("indicators", "regions"));
                return Task.CompletedTask;
            });

    public static void MapCompareApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/compare", GetCompare)
            .WithName("GetCompare")
            .WithSummary("The comparison table: for each region and indicator, the value of the period shown (the year asked for, or the indicator's latest), or nulls.")
            .Produces<CompareAnswer>(StatusCodes.Status200OK, "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                Parameters(operation);
                return Task.CompletedTask;
            });

    private static void Parameters(Microsoft.OpenApi.OpenApiOperation operation)
    {
        OpenApiDescription.Query(operation, "regions",
            $"Region slugs, comma-separated or repeated, at most {CompareQuery.MaxRegions}; the seven counties when absent.", OpenApiDescription.Text());
        OpenApiDescription.Query(operation, "indicators",
            "Indicator codes, comma-separated or repeated; when absent, those at least half of the regions have for the period shown.", OpenApiDescription.Text());
        OpenApiDescription.Query(operation, CompareQuery.PresetParameter,
            "Instead of indicators: shared (every indicator all the regions have for the period shown) or key (the key figures).",
            OpenApiDescription.OneOf(CompareQuery.SharedPreset, CompareQuery.KeyPreset));
        OpenApiDescription.Query(operation, YearParameter.Name,
            "The year every indicator is shown for (four digits, a year some region compared has a figure of); when absent, each indicator's latest year any region compared has. A region without a figure for that period is a gap, never an older figure.",
            OpenApiDescription.Text("^[0-9]{4}$"));
        OpenApiDescription.Query(operation, CompareQuery.EmptyParameter,
            "show to keep the indicators none of the regions has a figure for (left out otherwise).", OpenApiDescription.OneOf(CompareQuery.ShowEmpty));
        OpenApiDescription.Grade(operation);
    }

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
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: Strings.ApiCompareInvalid, detail: string.Join(" ", result.Errors));
        }

        return ApiAnswers.Tagged(http, new CompareAnswer(
            [.. result.Regions.Select(r => r.Slug)],
            [.. result.Indicators.Select(i => i.Code)],
            [.. result.Regions.SelectMany(r => result.Indicators.Select(i => result.Cell(r, i) is { } f
                ? new CompareCell(r.Slug, i.Code, f.Period, f.Exact, ObservationRow.QualifierCode(f.Qualifier), f.SourceId, Grades.Code(f.Source!.Grade), f.Quote)
                : new CompareCell(r.Slug, i.Code, null, null, null, null, null, null)))],
            result.Year,
            [.. result.Indicators.Select(i => new ComparePeriod(i.Code, result.PeriodOf(i)!, result.CountOf(i)))]));
    }
}
