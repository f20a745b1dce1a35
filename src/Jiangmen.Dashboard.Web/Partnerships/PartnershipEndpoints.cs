using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>The tables of /partnerships and of each pairing as downloads.</summary>
internal static class PartnershipEndpoints
{
    public static void MapPartnershipDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/partnerships/{slug}", PartnershipTable.LoadAsync);
        app.MapDownloads("/partnerships", PartnershipList.LoadAsync);
    }
}
