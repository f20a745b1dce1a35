namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>
/// One value of one indicator for one subject in one period, with the words of the source that state it.
/// Exactly one of the subject keys is set.
/// </summary>
public sealed class Observation
{
    public int Id { get; set; }
    public string? RegionCode { get; set; }
    public Region? Region { get; set; }
    public string? PlatformSlug { get; set; }
    public Platform? Platform { get; set; }
    public string? PartnershipSlug { get; set; }
    public Partnership? Partnership { get; set; }
    public string? ProjectSlug { get; set; }
    public Project? Project { get; set; }
    public required string IndicatorCode { get; set; }
    public Indicator? Indicator { get; set; }
    /// <summary>"2023" for a year; "2023Q1" is reserved for quarters.</summary>
    public required string Period { get; set; }
    public decimal Value { get; set; }
    public Qualifier Qualifier { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Quote { get; set; }
    public string? Note { get; set; }
}
