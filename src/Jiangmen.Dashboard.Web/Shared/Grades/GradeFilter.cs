using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The "official releases only" switch, ?grade=official: it keeps the figures of sources graded official or
/// official_copy (the official text read in a copy: the figure is still the publisher's) and hides research
/// compilations, research datasets and secondary sources. Without the parameter every source's figure is shown.
/// The overview, region, indicator, compare, source, platform and partnership pages, their downloads, /api/observations
/// and /api/compare apply it.
/// </summary>
public sealed record GradeFilter(bool OfficialOnly)
{
    public const string Parameter = "grade";

    public const string Official = "official";

    /// <summary>The least official grade the switch keeps.</summary>
    public const SourceGrade LeastKept = SourceGrade.OfficialCopy;

    public static readonly GradeFilter Every = new(false);

    /// <summary>Where a page that refuses the parameter leaves its reason for the 400 page to show.</summary>
    private static readonly object ProblemKey = new();

    /// <summary>The request's filter, or none and the reason (naming the parameter) when its value is not one we know.</summary>
    public static (GradeFilter? Filter, string Problem) Read(IQueryCollection query)
    {
        var value = query[Parameter].ToString();
        return value.Length == 0 ? (Every, "")
            : value == Official ? (new GradeFilter(true), "")
            : (null, Text.Format(Strings.GradeInvalid, Parameter, Text.Shorten(value), Official));
    }

    /// <summary>A download's answer read with the request's filter, or 400 naming the parameter when its value is not one we know.</summary>
    internal static async Task<TableAnswer> AnswerAsync(HttpContext http, Func<GradeFilter, Task<TableAnswer>> answer)
    {
        var (grades, problem) = Read(http.Request.Query);
        return grades is null ? TableAnswer.BadRequest(problem) : await answer(grades);
    }

    /// <summary>The request's filter, or null when it is not valid.</summary>
    public static GradeFilter? From(HttpRequest request) => Read(request.Query).Filter;

    public bool Keeps(SourceGrade grade) => !OfficialOnly || grade <= LeastKept;

    public IEnumerable<ObservationRow> Apply(IEnumerable<ObservationRow> rows) =>
        OfficialOnly ? rows.Where(r => r.Source is null || Keeps(r.Source.Grade)) : rows;

    /// <summary>In the database: the ids of the sources kept, as the grade is not an observation's own column.</summary>
    public IQueryable<Observation> Apply(IQueryable<Observation> observations, Catalogue catalogue)
    {
        if (!OfficialOnly)
        {
            return observations;
        }

        var kept = catalogue.SourceList.Where(s => Keeps(s.Grade)).Select(s => s.Id).ToList();
        return observations.Where(o => kept.Contains(o.SourceId));
    }

    /// <summary>The parameter as a view's permanent address writes it (nothing when every source is shown).</summary>
    public (string Key, string Value) Query => (Parameter, OfficialOnly ? Official : "");

    /// <summary>
    /// The request's other parameters (the switch's own and the retired ?culture= left out), each value on its own, for
    /// the switch's form to send again beside the checkbox: a GET form replaces the whole query.
    /// </summary>
    public static IEnumerable<(string Key, string Value)> OtherParameters(HttpRequest request) =>
        request.Query.Where(q => q.Key != Parameter && q.Key != Languages.CultureParameter)
            .SelectMany(q => q.Value.Select(v => (q.Key, v ?? "")));

    /// <summary>
    /// A page's answer to a parameter it cannot use: 400, whose page (Status/Index) shows <paramref name="problem"/>.
    /// </summary>
    public static int Refuse(HttpContext http, string problem)
    {
        http.Items[ProblemKey] = problem;
        return StatusCodes.Status400BadRequest;
    }

    /// <summary>What a page that answered 400 said was wrong, for the status page.</summary>
    public static string? Problem(HttpContext http) => http.Items.TryGetValue(ProblemKey, out var problem) ? problem as string : null;
}
