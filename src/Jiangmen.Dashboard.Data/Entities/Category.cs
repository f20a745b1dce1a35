namespace Jiangmen.Dashboard.Data.Entities;

public sealed class Category
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public int Sort { get; set; }
}
