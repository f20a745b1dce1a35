namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>A county a platform lies in (a platform may span several, or none the sources name).</summary>
public sealed class PlatformRegion
{
    public required string PlatformSlug { get; set; }
    public Platform? Platform { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
}
