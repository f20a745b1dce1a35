using System.Linq.Expressions;
using CsvHelper.Configuration.Attributes;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Web.Export;

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
    /// <summary>What the database hands over; text is neutralised as it is turned into a row.</summary>
    public sealed record Fields(
        string? RegionCode, string? PlatformSlug, string? PartnershipSlug, string? ProjectSlug,
        string SubjectZh, string SubjectEn, string IndicatorCode, string IndicatorZh, string IndicatorEn,
        string Period, decimal Value, string UnitEn, string UnitZh, Qualifier Qualifier,
        string SourceId, string SourceEn, string SourceZh, string PublisherEn, string? Url, string Quote);

    public static readonly Expression<Func<Observation, Fields>> Project = o => new Fields(
        o.RegionCode, o.PlatformSlug, o.PartnershipSlug, o.ProjectSlug,
        o.Region != null ? o.Region.NameZh : o.Platform != null ? o.Platform.NameZh : o.Partnership != null ? o.Partnership.NameZh : o.Project!.NameZh,
        o.Region != null ? o.Region.NameEn : o.Platform != null ? o.Platform.NameEn : o.Partnership != null ? o.Partnership.NameEn : o.Project!.NameEn,
        o.IndicatorCode, o.Indicator!.NameZh, o.Indicator.NameEn,
        o.Period, o.Value, o.Indicator.UnitEn, o.Indicator.UnitZh, o.Qualifier,
        o.SourceId, o.Source!.TitleEn, o.Source.TitleZh, o.Source.PublisherEn, o.Source.Url, o.Quote);

    public static ObservationCsvRow From(Fields d) => new(
        d.RegionCode is not null ? "region" : d.PlatformSlug is not null ? "platform" : d.PartnershipSlug is not null ? "partnership" : "project",
        d.RegionCode ?? d.PlatformSlug ?? d.PartnershipSlug ?? d.ProjectSlug ?? "",
        CsvDownload.Safe(d.SubjectZh), CsvDownload.Safe(d.SubjectEn),
        d.IndicatorCode, CsvDownload.Safe(d.IndicatorZh), CsvDownload.Safe(d.IndicatorEn),
        d.Period, DecimalValue.Normalize(d.Value), CsvDownload.Safe(d.UnitEn), CsvDownload.Safe(d.UnitZh),
        QualifierCode(d.Qualifier),
        d.SourceId, CsvDownload.Safe(d.SourceEn), CsvDownload.Safe(d.SourceZh), CsvDownload.Safe(d.PublisherEn), CsvDownload.Safe(d.Url),
        CsvDownload.Safe(d.Quote));

    /// <summary>A cell no loaded source gives: the names, and an empty value, qualifier, source and quote.</summary>
    public static ObservationCsvRow Gap(string regionCode, string regionZh, string regionEn, string indicatorCode, string indicatorZh, string indicatorEn, string unitEn, string unitZh) => new(
        "region", regionCode, CsvDownload.Safe(regionZh), CsvDownload.Safe(regionEn), indicatorCode, CsvDownload.Safe(indicatorZh), CsvDownload.Safe(indicatorEn),
        "", null, CsvDownload.Safe(unitEn), CsvDownload.Safe(unitZh), "", "", "", "", "", "", "");

    /// <summary>The same codes as seeds/ uses: exact, more_than, at_least, about.</summary>
    public static string QualifierCode(Qualifier qualifier) => SeedReader.Qualifiers.First(q => q.Value == qualifier).Key;
}
