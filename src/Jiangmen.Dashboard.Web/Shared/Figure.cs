using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// One figure (a subject, an indicator, a period) and every loaded source's value of it: the one a chart draws, by the
/// documented rule (<see cref="PreferredObservation"/>), whether the sources differ, and its history where a later
/// source revises an earlier one (as ALFRED keeps vintages).
/// </summary>
public sealed record Figure(ObservationRow Charted, IReadOnlyList<ObservationRow> Values)
{
    /// <summary>The figures of <paramref name="rows"/>, in the order their first rows come.</summary>
    public static IEnumerable<Figure> Of(IEnumerable<ObservationRow> rows) =>
        rows.Where(r => r.Value is not null)
            .GroupBy(r => (r.Subject.Kind, r.Subject.Code, r.Indicator.Code, r.Period))
            .Select(g => new Figure(PreferredObservation.Choose(g, r => r.Vintage), [.. g]));

    /// <summary>
    /// Whether the sources give different values: 8.4 and 8.4000 agree; 2900.4, 2900.4073 and about 2900 do not, nor do
    /// 482.22 and 483.51.
    /// </summary>
    public bool SourcesDiffer => Values.Select(v => (v.Value, v.Qualifier)).Distinct().Count() > 1;

    /// <summary>The value the charted one replaces, where it is a revision of an earlier figure.</summary>
    public ObservationRow? RevisedFrom => Earlier(Charted);

    /// <summary>Every vintage, the first published first and the charted (latest) last; just the one where nothing was revised.</summary>
    public IReadOnlyList<ObservationRow> History
    {
        get
        {
            var history = new List<ObservationRow> { Charted };
            // seed --check refuses a circle; the bound keeps a slipped one from looping.
            while (history.Count <= Values.Count && Earlier(history[^1]) is { } earlier)
            {
                history.Add(earlier);
            }

            history.Reverse();
            return history;
        }
    }

    /// <summary>
    /// The figure's anchor on every page whose table has its row: jiangmen-gdp-2018 (a region by its slug). Links to one
    /// figure (a summary's numbers, a citation) point at it.
    /// </summary>
    public string Anchor => $"{Charted.Subject.Region?.Slug ?? Charted.Subject.Code}-{Charted.Indicator.Code}-{Charted.Period}".Replace('_', '-');

    /// <summary>The anchor of the figure's history on a page: history-jiangmen-gdp-2018.</summary>
    public string HistoryId => $"history-{Anchor}";

    /// <summary>When a value was published, as far as its source says: "published 2019-01-16", or that it does not.</summary>
    public static string Published(ObservationRow row) =>
        row.Source?.Published is { } date ? Text.Format(Strings.HistoryPublished, date) : Strings.HistoryNoDate;

    /// <summary>The row another row revises, or null.</summary>
    private ObservationRow? Earlier(ObservationRow row) =>
        row.RevisesSourceId is { } revised ? Values.FirstOrDefault(v => v.SourceId == revised) : null;

    /// <summary>Whether a later value of this figure revises <paramref name="row"/>.</summary>
    public bool IsRevised(ObservationRow row) => Values.Any(v => v.RevisesSourceId == row.SourceId);
}
