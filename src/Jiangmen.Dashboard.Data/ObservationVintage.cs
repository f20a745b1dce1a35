using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Data;

/// <summary>
/// What the chart-value rule needs to know of one source's value of a figure: whose it is, how official and how recent
/// the source, which earlier value it revises, and whether it is a bound or an approximation.
/// </summary>
public sealed record ObservationVintage(string SourceId, SourceGrade Grade, string? Published, string? RevisesSourceId, Qualifier Qualifier)
{
    /// <summary>The vintage of an observation loaded with its source.</summary>
    public static ObservationVintage Of(Observation observation) => new(
        observation.SourceId,
        (observation.Source ?? throw new ArgumentException("The observation's Source must be loaded (Include it).", nameof(observation))).Grade,
        observation.Source.Published,
        observation.RevisesSourceId,
        observation.Qualifier);
}
