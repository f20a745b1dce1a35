using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Hosting;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Sharing;

/// <summary>
/// The pictures link previews show (og:image): the overview's, a region's (its counties' chart of the first key indicator
/// it has, itself highlighted) and an indicator's (its counties' chart). /en/… draws them in English.
/// </summary>
internal static class ShareEndpoints
{
    public const string OverviewPicture = "/share/overview.png";

    public static void MapSharePictures(this IEndpointRouteBuilder app)
    {
        var pictures = app.MapGroup("/share").ExcludeFromDescription().CacheOutput(Performance.PagePolicy);
        pictures.MapGet("/overview.png", OverviewAsync);
        pictures.MapGet("/regions/{slug}.png", RegionAsync);
        pictures.MapGet("/indicators/{code}.png", IndicatorAsync);
    }

    /// <summary>The address of the picture of a page (by its Razor page and route values), or null for a page without one.</summary>
    public static string? Of(string? page, RouteValueDictionary values) => page switch
    {
        "/Overview/Index" => OverviewPicture,
        "/Regions/Details" when values["slug"] is string slug => $"/share/regions/{Uri.EscapeDataString(slug)}.png",
        "/Indicators/Details" when values["code"] is string code => $"/share/indicators/{Uri.EscapeDataString(code)}.png",
        _ => null,
    };

    private static async Task<IResult> OverviewAsync(DashboardContext db, CatalogueCache catalogues, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        return await PictureAsync(db, catalogue, Web.Overview.IndexModel.KeyIndicators, null, ct);
    }

    private static async Task<IResult> RegionAsync(string slug, DashboardContext db, CatalogueCache catalogues, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        return catalogue.RegionBySlug(slug) is { } region
            ? await PictureAsync(db, catalogue, Web.Overview.IndexModel.KeyIndicators, region.IsCounty ? region : null, ct)
            : Results.NotFound();
    }

    private static async Task<IResult> IndicatorAsync(string code, DashboardContext db, CatalogueCache catalogues, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        return catalogue.Indicators.TryGetValue(code, out var indicator)
            ? await PictureAsync(db, catalogue, [code], null, ct, fallbackTitle: indicator)
            : Results.NotFound();
    }

    /// <summary>
    /// The counties' chart of the first of <paramref name="indicators"/> that two counties have in one period (and, with a
    /// county to highlight, that county too); without one, a card with the indicator's name.
    /// </summary>
    private static async Task<IResult> PictureAsync(
        DashboardContext db, Catalogue catalogue, IReadOnlyList<string> indicators, RegionInfo? highlight, CancellationToken ct, IndicatorInfo? fallbackTitle = null)
    {
        var counties = catalogue.Counties.Select(c => c.Code).ToList();
        var rows = (await ObservationTable.RowsAsync(db, catalogue, o => counties.Contains(o.RegionCode!) && indicators.Contains(o.IndicatorCode), ct))
            .PreferredOfEachFigure().ToList();
        var chart = indicators
            .Select(code => CountyChart.InFullestPeriod(
                rows.Where(r => r.Indicator.Code == code && (highlight is null || rows.Any(h => h.Subject.Region == highlight && h.Indicator.Code == code && h.Period == r.Period))),
                highlight, _ => null))
            .FirstOrDefault(c => c is not null)
            ?? ChartView.OneSeries("share", "", fallbackTitle?.Name ?? Strings.SiteName, fallbackTitle?.Unit ?? "", []);
        return Results.File(SharePicture.Png(chart), "image/png");
    }
}
