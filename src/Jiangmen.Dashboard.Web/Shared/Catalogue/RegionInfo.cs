using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A region as every view names it: the city, a county-level unit or a town.</summary>
public sealed record RegionInfo(string Code, string Slug, string NameZh, string NameEn, RegionKind Kind, string? ParentCode)
{
    public string Name => Text.Pick(NameZh, NameEn);

    public string OtherName => Text.Pick(NameEn, NameZh);

    /// <summary>The seven county-level units: districts and county-level cities.</summary>
    public bool IsCounty => Kind is RegionKind.District or RegionKind.CountyCity;
}
