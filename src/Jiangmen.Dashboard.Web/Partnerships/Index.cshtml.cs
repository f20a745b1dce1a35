using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>The three east–west pairings, and the city-wide figures of the pairing programme.</summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public IReadOnlyList<PartnershipInfo> Partnerships { get; private set; } = [];
    /// <summary>By category, then indicator.</summary>
    public IReadOnlyList<ObservationRow> CityObservations { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    /// <summary>The diagram's images are saved as jiangmen-pairings.png.</summary>
    public static string DiagramFileName => ImageCaption.FileName("pairings");

    /// <summary>
    /// The diagram as data: east counties in a column on the left, west on the right, one row per county, a link
    /// between every east and west member of a pairing, and each pairing's rows (its band) with its kinds of cooperation,
    /// which the diagram writes once in the middle of the band rather than on every link.
    /// </summary>
    public string DiagramJson()
    {
        var nodes = new List<(string Label, string Slug, string Side, double X, double Y)>();
        var edges = new List<(int Source, int Target)>();
        var pairs = new List<(string Label, double Top, double Bottom)>();
        var row = 0.5;
        foreach (var partnership in Partnerships)
        {
            var first = nodes.Count;
            var firstRow = row;
            foreach (var east in partnership.East)
            {
                nodes.Add((east.Name, east.Slug, "east", 0, row++));
            }

            var west = nodes.Count;
            foreach (var member in partnership.West)
            {
                // A west county sits level with the middle of its partners.
                nodes.Add((member.Name, member.Slug, "west", 1, (firstRow + row - 1) / 2));
            }

            for (var e = first; e < west; e++)
            {
                for (var w = west; w < nodes.Count; w++)
                {
                    edges.Add((e, w));
                }
            }

            pairs.Add((string.Join(Strings.ListSeparator, partnership.Kinds.Select(Text.Cooperation)), firstRow - 0.5, row - 0.5));
        }

        return PageJson.Serialize(new
        {
            title = Strings.PartnershipsTitle,
            caption = ImageCaption.Create(Strings.PartnershipDiagramTitle, null, null, Citation.Sources.Where(s => Partnerships.Any(p => p.SourceId == s.Id)).Select(s => s.TitleIn(Citation.Culture)), []),
            rows = row - 0.5,
            nodes = nodes.Select(n => new { label = n.Label, side = n.Side, x = n.X, y = n.Y, href = Url.Page("/Regions/Details", new { slug = n.Slug }) }),
            edges = edges.Select(e => new { source = e.Source, target = e.Target }),
            pairs = pairs.Select(p => new { label = p.Label, top = p.Top, bottom = p.Bottom }),
        });
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        GradeSwitch = grades;
        var catalogue = await catalogues.GetAsync(ct);
        Partnerships = catalogue.PartnershipList;
        CityObservations = [.. (await PartnershipList.CityObservationsAsync(db, catalogue, grades, ct))
            .OrderBy(f => f.Indicator.Category.Sort).ThenBy(f => f.Indicator.Code, StringComparer.Ordinal)];
        Citation = Citation.ForPage(catalogue, Request, Strings.PartnershipsTitle, Url.Page("/Partnerships/Index")!,
            Partnerships.Select(p => p.SourceId).Concat(CityObservations.Select(f => f.SourceId)), grades.Query);
        return Page();
    }
}
