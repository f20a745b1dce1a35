using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>A region as /api/regions writes it.</summary>
internal sealed record RegionDto(string Code, string Slug, string NameZh, string NameEn, string Kind, string? Parent)
{
    public static RegionDto From(RegionInfo r) => new(r.Code, r.Slug, r.NameZh, r.NameEn, KindCode(r.Kind), r.ParentCode);

    private static string KindCode(RegionKind kind) => kind switch
    {
        RegionKind.City => "city",
        RegionKind.District => "district",
        RegionKind.CountyCity => "county_city",
        _ => "town",
    };
}
