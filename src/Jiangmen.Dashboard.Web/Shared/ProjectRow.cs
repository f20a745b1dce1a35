using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A joint project, fund, company or route, with its figures and the words that name it.</summary>
public sealed record ProjectRow(
    string Name, string Kind, (string Name, string Slug)? Platform, (string Name, string Slug)? Pairing,
    string? InvestorZh, string? BeneficiariesZh, IReadOnlyList<FigureRow> Figures, string SourceId, string Quote)
{
    /// <summary>The source that names the project and the sources of its figures.</summary>
    public IEnumerable<string> SourceIds => Figures.Select(f => f.SourceId).Prepend(SourceId);

    public static async Task<IReadOnlyList<ProjectRow>> LoadAsync(DashboardContext db, Expression<Func<Project, bool>> filter, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking()
            .Where(filter)
            .OrderBy(p => p.Slug)
            .Select(p => new
            {
                p.Slug, p.NameZh, p.NameEn, p.Kind, p.InvestorZh, p.BeneficiariesZh, p.SourceId, p.Quote,
                Platform = p.Platform == null ? null : new { p.Platform.Slug, p.Platform.NameZh, p.Platform.NameEn },
                Pairing = p.Partnership == null ? null : new { p.Partnership.Slug, p.Partnership.NameZh, p.Partnership.NameEn },
            })
            .ToListAsync(ct);
        var slugs = projects.Select(p => p.Slug).ToList();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.ProjectSlug != null && slugs.Contains(o.ProjectSlug))
            .Select(FigureQueries.ToFigure)
            .ToListAsync(ct);

        return projects.Select(p => new ProjectRow(
                Text.Pick(p.NameZh, p.NameEn),
                Text.ProjectKind(p.Kind),
                p.Platform is null ? null : (Text.Pick(p.Platform.NameZh, p.Platform.NameEn), p.Platform.Slug),
                p.Pairing is null ? null : (Text.Pick(p.Pairing.NameZh, p.Pairing.NameEn), p.Pairing.Slug),
                p.InvestorZh,
                p.BeneficiariesZh,
                rows.Where(f => f.SubjectCode == p.Slug).Select(f => f.ToRow()).ToList(),
                p.SourceId,
                p.Quote))
            .ToList();
    }
}
