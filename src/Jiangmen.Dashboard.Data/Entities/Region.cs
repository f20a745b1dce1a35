namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>An administrative division, keyed by its GB/T 2260 code (towns: the 9-digit code).</summary>
public sealed class Region
{
    public required string Code { get; set; }
    public required string Slug { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public RegionKind Kind { get; set; }
    public string? ParentCode { get; set; }
    public Region? Parent { get; set; }
}
