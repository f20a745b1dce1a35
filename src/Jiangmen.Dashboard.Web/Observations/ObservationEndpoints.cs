using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>Every figure as one download, and figures filtered and paged as JSON.</summary>
internal static class ObservationEndpoints
{
    public static void MapObservationDownloads(this IEndpointRouteBuilder app) =>
        app.MapDownloads(AllObservations.Address, AllObservations.LoadAsync, "Every figure with its source and quote (streamed)")
            .WithGradeParameter();

    public static void MapObservationsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/observations", ObservationsApi.GetObservations)
            .WithName("GetObservations")
            .WithSummary("Observations, filtered by region (slug or code), indicator and period; paged in a stable order.")
            .WithDescription("JSON pages with Link headers, or CSV (?format=csv or Accept: text/csv): every figure the filters select, or one page when page or pageSize is given.")
            .Produces<ObservationPage>(StatusCodes.Status200OK, "application/json", "text/csv")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The CSV has the columns of every figure table's download, not the JSON page's shape.
                operation.Responses!["200"].Content!["text/csv"].Schema = OpenApiDescription.Text();
                OpenApiDescription.Query(operation, "region", "A region's slug (xinhui) or division code (440705).", OpenApiDescription.Text());
                OpenApiDescription.Query(operation, "indicator", "An indicator's code (gdp).", OpenApiDescription.Text());
                OpenApiDescription.Query(operation, "period", "A year (2023) or a quarter (2023Q1).", OpenApiDescription.Text("^[0-9]{4}(Q[1-4])?$"));
                OpenApiDescription.Query(operation, "page", "The page, from 1.", OpenApiDescription.Whole(1, ObservationsApi.MaxPage, 1));
                OpenApiDescription.Query(operation, "pageSize", "Figures per page.", OpenApiDescription.Whole(1, ObservationsApi.MaxPageSize, ObservationsApi.DefaultPageSize));
                OpenApiDescription.Grade(operation);
                OpenApiDescription.Query(operation, "format", "csv for CSV whatever Accept says; json by default.", OpenApiDescription.OneOf("json", "csv"));
                return Task.CompletedTask;
            });
}
