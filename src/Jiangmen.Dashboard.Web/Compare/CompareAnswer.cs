namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>/api/compare: the regions and indicators compared, and a cell for each pair (nulls where no source gives one).</summary>
internal sealed record CompareAnswer(IReadOnlyList<string> Regions, IReadOnlyList<string> Indicators, IReadOnlyList<CompareCell> Cells);
