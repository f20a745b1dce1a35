using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>The source list's and a source's tables as downloads.</summary>
internal static class SourceEndpoints
{
    public static void MapSourceDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/sources/{id}", SourceTable.LoadAsync);
        app.MapDownloads("/sources", async (http, db, catalogue, ct) => await SourceList.LoadAsync(http, db, catalogue, ct));
    }
}
