using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A title a region holds, with the words that award it.</summary>
public sealed record DesignationInfo(RegionInfo Region, string NameZh, string NameEn, DesignationLevel Level, string SourceId, string Quote)
{
    public string Name => Text.Pick(NameZh, NameEn);
}
