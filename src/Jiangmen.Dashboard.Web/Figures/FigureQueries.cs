using System.Linq.Expressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Figures;

internal static class FigureQueries
{
    /// <summary>The one projection of an observation that the pages share.</summary>
    public static readonly Expression<Func<Observation, FigureData>> ToFigure = o => new FigureData(
        o.RegionCode != null ? SubjectKind.Region : o.PlatformSlug != null ? SubjectKind.Platform
            : o.PartnershipSlug != null ? SubjectKind.Partnership : SubjectKind.Project,
        o.IndicatorCode,
        o.Indicator!.NameZh,
        o.Indicator.NameEn,
        o.Indicator.UnitZh,
        o.Indicator.UnitEn,
        o.Indicator.CategoryCode,
        o.Indicator.Category!.NameZh,
        o.Indicator.Category.NameEn,
        o.Indicator.Category.Sort,
        o.Period,
        o.Value,
        o.Qualifier,
        o.SourceId,
        o.Source!.TitleZh,
        o.Source.TitleEn,
        o.Source.PublisherEn,
        o.Source.Url,
        o.Quote,
        o.NoteEn,
        o.RegionCode ?? o.PlatformSlug ?? o.PartnershipSlug ?? o.ProjectSlug!,
        o.Region != null ? o.Region.NameZh : o.Platform != null ? o.Platform.NameZh : o.Partnership != null ? o.Partnership.NameZh : o.Project!.NameZh,
        o.Region != null ? o.Region.NameEn : o.Platform != null ? o.Platform.NameEn : o.Partnership != null ? o.Partnership.NameEn : o.Project!.NameEn,
        o.Region != null ? o.Region.Slug : null,
        o.Region != null ? o.Region.Kind : null,
        o.Source.Grade,
        o.Source.Published,
        o.RevisesSourceId);

    /// <summary>
    /// The codes of the seven county-level units (not the city, not towns). Queries filter observations on these codes,
    /// which the (RegionCode, IndicatorCode, Period) index answers, rather than on a join to the region's kind, which
    /// reads every observation.
    /// </summary>
    public static Task<List<string>> CountyCodesAsync(DashboardContext db, CancellationToken ct) =>
        db.Regions.AsNoTracking()
            .Where(r => r.Kind == RegionKind.District || r.Kind == RegionKind.CountyCity)
            .OrderBy(r => r.Code)
            .Select(r => r.Code)
            .ToListAsync(ct);

    /// <summary>Of each indicator's figures, only those of its latest period.</summary>
    public static IEnumerable<FigureData> LatestOfEachIndicator(IEnumerable<FigureData> figures) =>
        figures.GroupBy(f => f.IndicatorCode).SelectMany(g =>
        {
            var latest = g.Max(f => f.Period);
            return g.Where(f => f.Period == latest);
        });

    public static bool IsCounty(RegionKind kind) => kind is RegionKind.District or RegionKind.CountyCity;

    /// <summary>
    /// Where several sources give one figure (subject, indicator, period), the one value a chart, map or cell shows, by
    /// the documented rule (<see cref="PreferredObservation"/>); tables keep every source's value.
    /// </summary>
    public static IEnumerable<FigureData> PreferredOfEachFigure(this IEnumerable<FigureData> figures) =>
        figures.GroupBy(f => (f.SubjectKind, f.SubjectCode, f.IndicatorCode, f.Period))
            .Select(g => PreferredObservation.Choose(g, f => new ObservationVintage(f.SourceId, f.SourceGrade, f.SourcePublished, f.RevisesSourceId, f.Qualifier)));
}
