namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Where several sources give one figure (subject, indicator, period), the one value a chart, map, card or comparison cell
/// shows, by the documented rule (<see cref="Data.PreferredObservation"/>). Tables and downloads keep every source's row.
/// </summary>
internal static class PreferredRows
{
    public static IEnumerable<ObservationRow> PreferredOfEachFigure(this IEnumerable<ObservationRow> rows) =>
        Figure.Of(rows).Select(f => f.Charted);
}
