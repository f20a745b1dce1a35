namespace Jiangmen.Dashboard.Data.Entities;

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
