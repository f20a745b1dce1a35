using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>Every figure as one download, and figures filtered and paged as JSON.</summary>
internal static class ObservationEndpoints
{
    public static void MapObservationDownloads(this IEndpointRouteBuilder app) =>
        app.MapDownloads(AllObservations.Address, AllObservations.LoadAsync);

    public static void MapObservationsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/observations", ObservationsApi.GetObservations)
            .WithSummary("Observations, filtered by region (slug or code), indicator and period; paged in a stable order.");
}
