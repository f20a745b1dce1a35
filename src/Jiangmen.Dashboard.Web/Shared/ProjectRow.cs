using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A joint project, fund, company or route as its table shows it: what it is, and its figures.</summary>
public sealed record ProjectRow(ProjectInfo Project, IReadOnlyList<ObservationRow> Observations)
{
    /// <summary>The source that names the project and the sources of its figures.</summary>
    public IEnumerable<string> SourceIds => Observations.Select(f => f.SourceId).Prepend(Project.SourceId);

    /// <summary>These projects, each with its figures that <paramref name="grades"/> keeps (by indicator, then period).</summary>
    public static async Task<IReadOnlyList<ProjectRow>> LoadAsync(DashboardContext db, Catalogue catalogue, IEnumerable<ProjectInfo> projects, GradeFilter grades, CancellationToken ct)
    {
        var chosen = projects.ToList();
        var slugs = chosen.Select(p => p.Slug).ToList();
        return From(chosen, await catalogue.RowsAsync(grades.Apply(db.Observations, catalogue).Where(o => o.ProjectSlug != null && slugs.Contains(o.ProjectSlug)), ct));
    }

    /// <summary>These projects, each with its figures among <paramref name="figures"/> (by indicator, then period).</summary>
    public static IReadOnlyList<ProjectRow> From(IEnumerable<ProjectInfo> projects, IReadOnlyList<ObservationRow> observations) =>
        [.. projects.Select(p => new ProjectRow(p, [.. observations
            .Where(f => f.Subject.Kind == SubjectKind.Project && f.Subject.Code == p.Slug)
            .OrderBy(f => f.Indicator.Code, StringComparer.Ordinal).ThenBy(f => f.Period, StringComparer.Ordinal)]))];
}
