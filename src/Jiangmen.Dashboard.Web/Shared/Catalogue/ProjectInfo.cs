namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A joint project, fund, company or route, and the pairing or platform it belongs to.</summary>
public sealed record ProjectInfo(
    string Slug, string NameZh, string NameEn, string Kind, PartnershipInfo? Partnership, PlatformInfo? Platform,
    string? InvestorZh, string? InvestorEn, string? BeneficiariesZh, string? BeneficiariesEn, string SourceId, string Quote)
{
    public string Name => Text.Pick(NameZh, NameEn);

    public string? Investor => Text.PickOptional(InvestorZh, InvestorEn);

    public string? Beneficiaries => Text.PickOptional(BeneficiariesZh, BeneficiariesEn);
}
