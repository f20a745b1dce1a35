using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>The catalogue's and an indicator's tables as downloads, and the catalogue as JSON.</summary>
internal static class IndicatorEndpoints
{
    public static void MapIndicatorDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/indicators/{code}", IndicatorTable.LoadAsync, "Every figure of an indicator, for every subject and period")
            .WithGradeParameter();
        app.MapDownloads("/indicators", async (http, db, catalogue, ct) => await IndicatorCatalogue.LoadAsync(http, db, catalogue, ct),
            "The indicator catalogue with each indicator's coverage");
    }

    public static void MapIndicatorsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/indicators", GetIndicators)
            .WithName("GetIndicators")
            .WithSummary("The indicator catalogue.")
            .Produces<List<IndicatorDto>>(StatusCodes.Status200OK, "application/json");

    public static async Task<IResult> GetIndicators(CatalogueCache catalogues, HttpContext http, CancellationToken ct) =>
        ApiAnswers.Tagged(http, (await catalogues.GetAsync(ct)).IndicatorList.Select(IndicatorDto.From).ToList());
}
