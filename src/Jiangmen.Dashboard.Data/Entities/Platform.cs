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
