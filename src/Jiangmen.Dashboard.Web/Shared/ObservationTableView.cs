namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// What _ObservationTable draws: figures in the order given, with a column naming each figure's subject where the
/// table mixes subjects (an indicator's or a source's figures).
/// </summary>
public sealed record ObservationTableView(IReadOnlyList<ObservationRow> Rows, bool WithSubject = false);
