namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>A title a region holds, such as 国家知识产权强县建设试点县.</summary>
public sealed class Designation
{
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public DesignationLevel Level { get; set; }
    public int? Year { get; set; }
    public required string SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Quote { get; set; }
}
