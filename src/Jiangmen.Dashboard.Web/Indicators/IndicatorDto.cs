using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>An indicator as /api/indicators writes it.</summary>
internal sealed record IndicatorDto(string Code, string NameZh, string NameEn, string UnitZh, string UnitEn, string Category, int Decimals)
{
    public static IndicatorDto From(IndicatorInfo i) => new(i.Code, i.NameZh, i.NameEn, i.UnitZh, i.UnitEn, i.Category.Code, i.Decimals);
}
