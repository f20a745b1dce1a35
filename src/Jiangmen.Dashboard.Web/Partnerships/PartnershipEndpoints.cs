using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>The tables of /partnerships and of each pairing as downloads.</summary>
internal static class PartnershipEndpoints
{
    public static void MapPartnershipDownloads(this IEndpointRouteBuilder app)
    {
        app.MapDownloads("/partnerships/{slug}", PartnershipTable.LoadAsync, "The figures of a pairing and of its joint projects")
            .WithGradeParameter();
        app.MapDownloads("/partnerships", PartnershipList.LoadAsync, "The pairings, or with ?table=figures the city-wide figures of the pairing programme")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                OpenApiDescription.Query(operation, "table", "figures for the programme's city-wide figures; absent for the pairings.", OpenApiDescription.OneOf("figures"));
                return Task.CompletedTask;
            })
            .WithGradeParameter();
    }
}
