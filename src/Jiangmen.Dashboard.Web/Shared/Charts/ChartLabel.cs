namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A group of bars: a region, and its page.</summary>
public sealed record ChartLabel(string Text, string? Href);
