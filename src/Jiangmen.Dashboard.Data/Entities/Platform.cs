namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>An industry-transfer or cooperation platform: a cluster, a park, a cooperation zone.</summary>
public sealed class Platform
{
    public required string Slug { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string Kind { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Quote { get; set; }
    public List<PlatformRegion> Regions { get; set; } = [];
}

public sealed class PlatformRegion
{
    public required string PlatformSlug { get; set; }
    public Platform? Platform { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
}
