namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A county on the map; no figure where no loaded source gives one.</summary>
public sealed record MapArea(string Code, string Name, string? Href, ChartValue? Figure)
{
    public string Display => Figure?.Display ?? Strings.NoValue;
}
