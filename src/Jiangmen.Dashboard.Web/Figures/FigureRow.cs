using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Figures;

/// <summary>One observation as a table row shows it, in the reader's language, with its source and quote.</summary>
public sealed record FigureRow(
    string IndicatorCode,
    string Indicator,
    string Value,
    string Unit,
    string Period,
    string SourceId,
    string Source,
    string Quote,
    string? Note,
    string? Subject = null,
    string? SubjectHref = null);

/// <summary>The columns every figure query projects, before the reader's language is applied.</summary>
public sealed record FigureData(
    SubjectKind SubjectKind,
    string IndicatorCode,
    string IndicatorZh,
    string IndicatorEn,
    string UnitZh,
    string UnitEn,
    string CategoryCode,
    string CategoryZh,
    string CategoryEn,
    int CategorySort,
    string Period,
    decimal Value,
    Qualifier Qualifier,
    string SourceId,
    string SourceZh,
    string SourceEn,
    string SourcePublisherEn,
    string? SourceUrl,
    string Quote,
    string? Note,
    string SubjectCode,
    string SubjectZh,
    string SubjectEn,
    string? RegionSlug,
    RegionKind? RegionKind,
    SourceGrade SourceGrade,
    string? SourcePublished,
    string? RevisesSourceId)
{
    public string Subject => Text.Pick(SubjectZh, SubjectEn);

    public string Unit => Text.Pick(UnitZh, UnitEn);

    public FigureRow ToRow(string? subject = null, string? subjectHref = null) => new(
        IndicatorCode, Text.Pick(IndicatorZh, IndicatorEn), Text.Value(Value, Qualifier), Unit, Period,
        SourceId, Text.Pick(SourceZh, SourceEn), Quote, Note, subject, subjectHref);
}
