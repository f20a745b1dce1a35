using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Partnerships;

/// <summary>The three east–west pairings, and the city-wide figures of the pairing programme.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public IReadOnlyList<PairingRow> Pairings { get; private set; } = [];
    public IReadOnlyList<FigureRow> CityFigures { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    /// <summary>The diagram's images are saved as jiangmen-pairings.png.</summary>
    public static string DiagramFileName => ImageCaption.FileName("pairings");

    /// <summary>
    /// The diagram as data: east counties in a column on the left, west on the right, one row per county,
    /// a link between every east and west member of a pairing labelled with its kinds of cooperation.
    /// </summary>
    public string DiagramJson()
    {
        var nodes = new List<(string Label, string Slug, string Side, double X, double Y)>();
        var edges = new List<(int Source, int Target, string Label)>();
        var row = 0.5;
        foreach (var pairing in Pairings)
        {
            var first = nodes.Count;
            var firstRow = row;
            foreach (var east in pairing.East)
            {
                nodes.Add((east.Name, east.Slug, "east", 0, row++));
            }

            var west = nodes.Count;
            foreach (var member in pairing.West)
            {
                // A west county sits level with the middle of its partners.
                nodes.Add((member.Name, member.Slug, "west", 1, (firstRow + row - 1) / 2));
            }

            for (var e = first; e < west; e++)
            {
                for (var w = west; w < nodes.Count; w++)
                {
                    edges.Add((e, w, string.Join(Strings.ListSeparator, pairing.Kinds)));
                }
            }
        }

        return PageJson.Serialize(new
        {
            title = Strings.PartnershipsTitle,
            caption = ImageCaption.Create(Strings.PairingDiagramTitle, null, null, Citation.Sources.Where(s => Pairings.Any(p => p.SourceId == s.Id)).Select(s => s.Title(Citation.Culture)), []),
            rows = row - 0.5,
            nodes = nodes.Select(n => new { label = n.Label, side = n.Side, x = n.X, y = n.Y, href = Url.Page("/Regions/Details", new { slug = n.Slug }) }),
            edges = edges.Select(e => new { source = e.Source, target = e.Target, label = e.Label }),
        });
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Pairings = await PairingRow.LoadAsync(db, slug: null, ct);
        CityFigures = (await db.Observations.AsNoTracking()
                .Where(o => o.Region != null && o.Region.Kind == RegionKind.City && o.Indicator!.CategoryCode.StartsWith("pairing"))
                .Select(FigureQueries.ToFigure)
                .ToListAsync(ct))
            .OrderBy(f => f.CategorySort).ThenBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(f => f.ToRow())
            .ToList();
        Citation = await Citation.ForPageAsync(db, Request, Strings.PartnershipsTitle, Url.Page("/Partnerships/Index")!,
            Pairings.Select(p => p.SourceId).Concat(CityFigures.Select(f => f.SourceId)), ct);
    }
}

/// <summary>A pairing as the pages show it: its members on each side and its kinds of cooperation.</summary>
public sealed record PairingRow(
    string Slug, string Name, IReadOnlyList<(string Name, string Slug)> East, IReadOnlyList<(string Name, string Slug)> West,
    IReadOnlyList<string> Kinds, string SourceId, string Quote)
{
    public static async Task<IReadOnlyList<PairingRow>> LoadAsync(DashboardContext db, string? slug, CancellationToken ct) =>
        (await db.Partnerships.AsNoTracking()
            .Where(p => slug == null || p.Slug == slug)
            .OrderBy(p => p.Slug)
            .Select(p => new
            {
                p.Slug, p.NameZh, p.NameEn, p.Kinds, p.SourceId, p.Quote,
                Members = p.Members.OrderBy(m => m.RegionCode).Select(m => new { m.Side, m.Region!.NameZh, m.Region.NameEn, m.Region.Slug }).ToList(),
            })
            .ToListAsync(ct))
        .Select(p => new PairingRow(
            p.Slug,
            Text.Pick(p.NameZh, p.NameEn),
            p.Members.Where(m => m.Side == PartnershipSide.East).Select(m => (Text.Pick(m.NameZh, m.NameEn), m.Slug)).ToList(),
            p.Members.Where(m => m.Side == PartnershipSide.West).Select(m => (Text.Pick(m.NameZh, m.NameEn), m.Slug)).ToList(),
            p.Kinds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Text.Cooperation).ToList(),
            p.SourceId,
            p.Quote))
        .ToList();
}
