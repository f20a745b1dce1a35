namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>A cell of /api/compare: the region's figure of the indicator for the period shown, or nulls where no source gives one.</summary>
internal sealed record CompareCell(string Region, string Indicator, string? Period, decimal? Value, string? Qualifier, string? Source, string? SourceGrade, string? Quote);
