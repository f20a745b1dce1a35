using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>A figure as /api/observations writes it.</summary>
internal sealed record ObservationDto(
    string SubjectKind, string SubjectCode, string SubjectNameZh, string SubjectNameEn, string Indicator, string Period,
    decimal Value, string UnitEn, string UnitZh, string Qualifier, string Source, string SourceGrade, string SourceTitle, string? SourceUrl, string Quote)
{
    public static ObservationDto From(ObservationRow r) =>
        new(r.Subject.KindCode, r.Subject.Code, r.Subject.NameZh, r.Subject.NameEn, r.Indicator.Code, r.Period,
            r.Exact!.Value, r.Indicator.UnitEn, r.Indicator.UnitZh, ObservationRow.QualifierCode(r.Qualifier),
            r.SourceId, Grades.Code(r.Source!.Grade), r.Source.TitleEn, r.Source.Url, r.Quote);
}
