namespace Jiangmen.Dashboard.Data.Entities;

public enum PartnershipSide
{
    East,
    West,
}

/// <summary>An east–west pairing of counties (东西部结对).</summary>
public sealed class Partnership
{
    public required string Slug { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    /// <summary>Kinds of cooperation, ";"-separated codes as in seeds/ (industry;education;health;rural).</summary>
    public required string Kinds { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Quote { get; set; }
    public List<PartnershipMember> Members { get; set; } = [];
}

public sealed class PartnershipMember
{
    public required string PartnershipSlug { get; set; }
    public Partnership? Partnership { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
    public PartnershipSide Side { get; set; }
}
