namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>One indicator's bars, one per label; null where no loaded source gives the value.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartValue?> Values);
