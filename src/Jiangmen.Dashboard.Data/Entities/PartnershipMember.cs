namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>A county on one side of a pairing.</summary>
public sealed class PartnershipMember
{
    public required string PartnershipSlug { get; set; }
    public Partnership? Partnership { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
    public PartnershipSide Side { get; set; }
}
