namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A group of indicators, in the order tables list them.</summary>
public sealed record CategoryInfo(string Code, string NameZh, string NameEn, int Sort)
{
    public string Name => Text.Pick(NameZh, NameEn);
}
