using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Where several sources give one figure (subject, indicator, period), the one value a chart, map, card or comparison cell
/// shows, by the documented rule (<see cref="PreferredObservation"/>). Tables and downloads keep every source's row.
/// </summary>
internal static class PreferredRows
{
    public static IEnumerable<ObservationRow> PreferredOfEachFigure(this IEnumerable<ObservationRow> rows) =>
        rows.GroupBy(r => (r.Subject.Kind, r.Subject.Code, r.Indicator.Code, r.Period))
            .Select(figure => PreferredObservation.Choose(figure, r => r.Vintage));
}
