namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>What is measured. The unit lives here, once, in both languages.</summary>
public sealed class Indicator
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string UnitZh { get; set; }
    public required string UnitEn { get; set; }
    public required string CategoryCode { get; set; }
    public Category? Category { get; set; }
    public int Decimals { get; set; }

    /// <summary>
    /// Whether the counties' values add up to the city's (an amount, a count, an area), so that a county's share of the
    /// city total means something; a rate, a rank or a per-head amount does not.
    /// </summary>
    public bool Additive { get; set; }
    public string? NotesZh { get; set; }
    public string? NotesEn { get; set; }
}
