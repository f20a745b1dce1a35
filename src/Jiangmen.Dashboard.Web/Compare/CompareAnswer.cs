namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// /api/compare: the regions and indicators compared, a cell for each pair (nulls where no source gives one for the
/// period shown), the year asked for (null: each indicator's latest) and the period each indicator is shown for.
/// </summary>
internal sealed record CompareAnswer(IReadOnlyList<string> Regions, IReadOnlyList<string> Indicators, IReadOnlyList<CompareCell> Cells,
    string? Year, IReadOnlyList<ComparePeriod> Periods);

/// <summary>The period an indicator is shown for and how many of the compared regions have a figure for it.</summary>
internal sealed record ComparePeriod(string Indicator, string Period, int Regions);
