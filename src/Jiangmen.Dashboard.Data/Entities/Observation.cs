namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>
/// One value of one indicator for one subject in one period from one source, with the words of the source that state it.
/// Exactly one of the subject keys is set. Several sources may give the same figure; each is its own observation.
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
    /// <summary>In the indicator's unit.</summary>
    public decimal Value { get; set; }

    /// <summary>
    /// How many decimals the source writes, in the indicator's unit: 516.50 has 2, 500 has 0, 1873467 万元 is 187.3467 亿元
    /// with 4. A value is shown with these, so a trailing zero the source writes is kept and none is added.
    /// </summary>
    public int Decimals { get; set; }
    public Qualifier Qualifier { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Quote { get; set; }

    /// <summary>Where the source writes the figure in another unit (1873467 万元 for an indicator in 亿元): the unit as written; null otherwise.</summary>
    public string? UnitAsWritten { get; set; }

    /// <summary>The value as the source writes it, in <see cref="UnitAsWritten"/>; null when no conversion was needed.</summary>
    public decimal? ValueAsWritten { get; set; }

    /// <summary>
    /// Set when this figure revises an earlier one of the same subject, indicator and period (a final figure replacing a
    /// preliminary one): the source of the figure it revises. Following it gives the figure's history.
    /// </summary>
    public string? RevisesSourceId { get; set; }
    public string? NoteZh { get; set; }
    public string? NoteEn { get; set; }
}
