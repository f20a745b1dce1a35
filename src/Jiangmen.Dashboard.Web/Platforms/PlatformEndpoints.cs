using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Platforms;

/// <summary>The platform list's and a platform's tables as downloads.</summary>
internal static class PlatformEndpoints
{
    public static void MapPlatformDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/platforms/{slug}", PlatformTable.LoadAsync, "A platform's own figures")
            .WithGradeParameter();
        app.MapDownloads("/platforms", (http, db, catalogue, ct) =>
                GradeFilter.AnswerAsync(http, async grades => await PlatformList.LoadAsync(http, db, catalogue, grades, ct)),
            "Every platform, where it lies and its kind")
            .WithGradeParameter();
    }
}
