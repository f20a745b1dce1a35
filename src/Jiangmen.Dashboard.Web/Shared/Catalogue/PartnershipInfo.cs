namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>An east–west pairing: its members on each side, in code order, and its kinds of cooperation.</summary>
public sealed record PartnershipInfo(
    string Slug, string NameZh, string NameEn, IReadOnlyList<RegionInfo> East, IReadOnlyList<RegionInfo> West,
    IReadOnlyList<string> Kinds, string SourceId, string Quote)
{
    public string Name => Text.Pick(NameZh, NameEn);

    public IEnumerable<RegionInfo> Members => East.Concat(West).OrderBy(r => r.Code, StringComparer.Ordinal);
}
