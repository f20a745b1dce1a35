using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>The catalogue's and an indicator's tables as downloads, and the catalogue as JSON.</summary>
internal static class IndicatorEndpoints
{
    public static void MapIndicatorDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/indicators/{code}", IndicatorTable.LoadAsync);
        app.MapDownloads("/indicators", async (http, db, catalogue, ct) => await IndicatorCatalogue.LoadAsync(http, db, catalogue, ct));
    }

    public static void MapIndicatorsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/indicators", GetIndicators).WithSummary("The indicator catalogue.");

    public static async Task<IResult> GetIndicators(CatalogueCache catalogues, HttpContext http, CancellationToken ct) =>
        ApiAnswers.Tagged(http, (await catalogues.GetAsync(ct)).IndicatorList.Select(IndicatorDto.From).ToList());
}
