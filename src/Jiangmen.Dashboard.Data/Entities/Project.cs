namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>A project, fund, company or route of a pairing; its amounts are observations.</summary>
public sealed class Project
{
    public required string Slug { get; set; }
    public string? PartnershipSlug { get; set; }
    public Partnership? Partnership { get; set; }
    public string? PlatformSlug { get; set; }
    public Platform? Platform { get; set; }
    public required string Kind { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    /// <summary>Who invests and who benefits, in both languages or neither (English translated from the report's words).</summary>
    public string? InvestorZh { get; set; }
    public string? InvestorEn { get; set; }
    public string? BeneficiariesZh { get; set; }
    public string? BeneficiariesEn { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Quote { get; set; }
}
