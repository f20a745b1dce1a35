using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// A source's grade as readers and programs meet it: the seeds/ code (official, official_copy ...) in downloads and the
/// API, and on pages a label with its explanation (seeds/README.md, "Grades").
/// </summary>
public static class Grades
{
    /// <summary>The code seeds/ writes, which downloads and the API write too.</summary>
    public static string Code(SourceGrade grade) => SeedReader.Grades.First(g => g.Value == grade).Key;

    public static string Label(SourceGrade grade) => grade switch
    {
        SourceGrade.Official => Strings.Grade_official,
        SourceGrade.OfficialCopy => Strings.Grade_official_copy,
        SourceGrade.ResearchCompilation => Strings.Grade_research_compilation,
        SourceGrade.ResearchDataset => Strings.Grade_research_dataset,
        _ => Strings.Grade_secondary,
    };

    public static string Explanation(SourceGrade grade) => grade switch
    {
        SourceGrade.Official => Strings.GradeExplain_official,
        SourceGrade.OfficialCopy => Strings.GradeExplain_official_copy,
        SourceGrade.ResearchCompilation => Strings.GradeExplain_research_compilation,
        SourceGrade.ResearchDataset => Strings.GradeExplain_research_dataset,
        _ => Strings.GradeExplain_secondary,
    };

    /// <summary>The id of the page's one description of a grade, which every label of that grade points to.</summary>
    public static string DescriptionId(SourceGrade grade) => "grade-" + Code(grade).Replace('_', '-');

    /// <summary>Every grade, the most official first.</summary>
    public static IReadOnlyList<SourceGrade> All { get; } = Enum.GetValues<SourceGrade>();
}
