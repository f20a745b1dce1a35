namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>An industry-transfer or cooperation platform and the counties it lies in (none, where no source says).</summary>
public sealed record PlatformInfo(string Slug, string NameZh, string NameEn, string Kind, IReadOnlyList<RegionInfo> Regions, string SourceId, string Quote)
{
    public string Name => Text.Pick(NameZh, NameEn);

    public string OtherName => Text.Pick(NameEn, NameZh);
}
