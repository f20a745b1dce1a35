namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A joint project, fund, company or route, and the pairing or platform it belongs to.</summary>
public sealed record ProjectInfo(
    string Slug, string NameZh, string NameEn, string Kind, PartnershipInfo? Partnership, PlatformInfo? Platform,
    string? InvestorZh, string? BeneficiariesZh, string SourceId, string Quote)
{
    public string Name => Text.Pick(NameZh, NameEn);
}
