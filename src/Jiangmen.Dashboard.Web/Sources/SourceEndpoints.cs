using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>The source list's and a source's tables as downloads.</summary>
internal static class SourceEndpoints
{
    public static void MapSourceDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/sources/{id}", SourceTable.LoadAsync, "Every figure taken from a source, with its quote")
            .WithGradeParameter();
        app.MapDownloads("/sources", (http, db, catalogue, ct) =>
                GradeFilter.AnswerAsync(http, async grades => await SourceList.LoadAsync(http, db, catalogue, grades, ct)),
            "Every source with its count of figures")
            .WithGradeParameter();
    }
}
