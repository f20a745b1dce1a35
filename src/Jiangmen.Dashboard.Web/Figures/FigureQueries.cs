using System.Linq.Expressions;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Figures;

internal static class FigureQueries
{
    /// <summary>The one projection of an observation that the pages share.</summary>
    public static readonly Expression<Func<Observation, FigureData>> ToFigure = o => new FigureData(
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
        o.Quote,
        o.Note,
        o.RegionCode ?? o.PlatformSlug ?? o.PartnershipSlug ?? o.ProjectSlug!,
        o.Region != null ? o.Region.NameZh : o.Platform != null ? o.Platform.NameZh : o.Partnership != null ? o.Partnership.NameZh : o.Project!.NameZh,
        o.Region != null ? o.Region.NameEn : o.Platform != null ? o.Platform.NameEn : o.Partnership != null ? o.Partnership.NameEn : o.Project!.NameEn,
        o.Region != null ? o.Region.Slug : null,
        o.Region != null ? o.Region.Kind : null);

    public static bool IsCounty(RegionKind kind) => kind is RegionKind.District or RegionKind.CountyCity;
}
