using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>A region's table as downloads, and every region as JSON.</summary>
internal static class RegionEndpoints
{
    public static void MapRegionDownloads(this IEndpointRouteBuilder app) =>
        app.MapDownloads("/regions/{slug}", RegionTable.LoadAsync, "Every figure of a region, every period")
            .WithGradeParameter();

    public static void MapRegionsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/regions", GetRegions)
            .WithName("GetRegions")
            .Produces<List<RegionDto>>(StatusCodes.Status200OK, "application/json")
            .WithSummary("Every region: the city, its seven county-level units and the towns the sources name.");

    public static async Task<IResult> GetRegions(CatalogueCache catalogues, HttpContext http, CancellationToken ct) =>
        ApiAnswers.Tagged(http, (await catalogues.GetAsync(ct)).RegionList.Select(RegionDto.From).ToList());
}
