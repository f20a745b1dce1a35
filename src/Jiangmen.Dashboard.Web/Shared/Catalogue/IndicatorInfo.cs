using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>What is measured, with its unit in both languages.</summary>
public sealed record IndicatorInfo(
    string Code, string NameZh, string NameEn, string UnitZh, string UnitEn, CategoryInfo Category, int Decimals, bool Additive,
    string? NotesZh, string? NotesEn)
{
    public string Name => Text.Pick(NameZh, NameEn);

    public string OtherName => Text.Pick(NameEn, NameZh);

    public string Unit => Text.Pick(UnitZh, UnitEn);

    public string? Notes => Text.PickOptional(NotesZh, NotesEn);

}
