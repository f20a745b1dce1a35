using CsvHelper.Configuration.Attributes;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>One observation in long form, the row of every figure table's CSV. Column names are a stable contract.</summary>
internal sealed record ObservationCsvRow(
    [property: Name("subject_kind")] string SubjectKind,
    [property: Name("subject_code")] string SubjectCode,
    [property: Name("subject_name_zh")] string SubjectNameZh,
    [property: Name("subject_name_en")] string SubjectNameEn,
    [property: Name("indicator_code")] string IndicatorCode,
    [property: Name("indicator_name_zh")] string IndicatorNameZh,
    [property: Name("indicator_name_en")] string IndicatorNameEn,
    [property: Name("period")] string Period,
    [property: Name("value")] decimal? Value,
    [property: Name("unit")] string Unit,
    [property: Name("unit_zh")] string UnitZh,
    [property: Name("qualifier")] string Qualifier,
    [property: Name("source_id")] string SourceId,
    [property: Name("source_title")] string SourceTitle,
    [property: Name("source_title_zh")] string SourceTitleZh,
    [property: Name("source_publisher")] string SourcePublisher,
    [property: Name("source_url")] string SourceUrl,
    [property: Name("quote")] string Quote)
{
    /// <summary>One observation as the pages project it (<see cref="FigureQueries.ToFigure"/>); text is neutralised here.</summary>
    public static ObservationCsvRow From(FigureData d) => new(
        SubjectKindCode(d.SubjectKind), d.SubjectCode,
        CsvDownload.Safe(d.SubjectZh), CsvDownload.Safe(d.SubjectEn),
        d.IndicatorCode, CsvDownload.Safe(d.IndicatorZh), CsvDownload.Safe(d.IndicatorEn),
        d.Period, DecimalValue.Normalize(d.Value), CsvDownload.Safe(d.UnitEn), CsvDownload.Safe(d.UnitZh),
        QualifierCode(d.Qualifier),
        d.SourceId, CsvDownload.Safe(d.SourceEn), CsvDownload.Safe(d.SourceZh), CsvDownload.Safe(d.SourcePublisherEn), CsvDownload.Safe(d.SourceUrl),
        CsvDownload.Safe(d.Quote));

    /// <summary>The same codes as seeds/ uses in subject_kind: region, platform, partnership, project.</summary>
    public static string SubjectKindCode(Data.Entities.SubjectKind kind) => kind switch
    {
        Data.Entities.SubjectKind.Region => "region",
        Data.Entities.SubjectKind.Platform => "platform",
        Data.Entities.SubjectKind.Partnership => "partnership",
        _ => "project",
    };

    /// <summary>A cell no loaded source gives: the names, and an empty value, qualifier, source and quote.</summary>
    public static ObservationCsvRow Gap(string regionCode, string regionZh, string regionEn, string indicatorCode, string indicatorZh, string indicatorEn, string unitEn, string unitZh) => new(
        "region", regionCode, CsvDownload.Safe(regionZh), CsvDownload.Safe(regionEn), indicatorCode, CsvDownload.Safe(indicatorZh), CsvDownload.Safe(indicatorEn),
        "", null, CsvDownload.Safe(unitEn), CsvDownload.Safe(unitZh), "", "", "", "", "", "", "");

    /// <summary>The same codes as seeds/ uses: exact, more_than, at_least, about.</summary>
    public static string QualifierCode(Qualifier qualifier) => SeedReader.Qualifiers.First(q => q.Value == qualifier).Key;
}
