using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>The source list's and a source's tables as downloads.</summary>
internal static class SourceEndpoints
{
    public static void MapSourceDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/sources/{id}", SourceTable.LoadAsync, "Every figure taken from a source, with its quote");
        app.MapDownloads("/sources", async (http, db, catalogue, ct) => await SourceList.LoadAsync(http, db, catalogue, ct),
            "Every source with its count of figures");
    }
}
