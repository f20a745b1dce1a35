namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// What _ObservationTable draws: figures in the order given, with a column naming each figure's subject where the
/// table mixes subjects (an indicator's or a source's figures), and each row's figure: whether its sources differ,
/// which value is charted, and what revised what.
/// </summary>
public sealed record ObservationTableView(IReadOnlyList<ObservationRow> Rows, bool WithSubject = false)
{
    /// <summary>By the observation's id.</summary>
    private readonly Dictionary<int, Figure> _figures = Figure.Of(Rows)
        .SelectMany(f => f.Values.Select(v => (v.Id, Figure: f)))
        .ToDictionary(x => x.Id, x => x.Figure);

    /// <summary>The figure a row gives a value of (every row of a table has a value).</summary>
    public Figure FigureOf(ObservationRow row) => _figures[row.Id];

    /// <summary>The figures of the table that a later source revised, for their histories under it.</summary>
    public IEnumerable<Figure> Revised => _figures.Values.Distinct().Where(f => f.History.Count > 1);
}
