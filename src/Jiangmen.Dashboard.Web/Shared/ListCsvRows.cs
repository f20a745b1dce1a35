using CsvHelper.Configuration.Attributes;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A row of the pairings table on /partnerships.</summary>
internal sealed record PartnershipCsvRow(
    [property: Name("partnership_slug")] string Slug,
    [property: Name("name_zh")] string NameZh,
    [property: Name("name_en")] string NameEn,
    [property: Name("east_codes")] string EastCodes,
    [property: Name("east_names_zh")] string EastNamesZh,
    [property: Name("west_codes")] string WestCodes,
    [property: Name("west_names_zh")] string WestNamesZh,
    [property: Name("kinds")] string Kinds,
    [property: Name("source_id")] string SourceId,
    [property: Name("quote")] string Quote);

/// <summary>A row of the platforms table on /platforms.</summary>
internal sealed record PlatformCsvRow(
    [property: Name("platform_slug")] string Slug,
    [property: Name("name_zh")] string NameZh,
    [property: Name("name_en")] string NameEn,
    [property: Name("kind")] string Kind,
    [property: Name("region_codes")] string RegionCodes,
    [property: Name("figure_count")] int Figures,
    [property: Name("source_id")] string SourceId,
    [property: Name("quote")] string Quote);

/// <summary>A row of the indicator catalogue on /indicators.</summary>
internal sealed record IndicatorCsvRow(
    [property: Name("indicator_code")] string Code,
    [property: Name("name_zh")] string NameZh,
    [property: Name("name_en")] string NameEn,
    [property: Name("unit")] string Unit,
    [property: Name("unit_zh")] string UnitZh,
    [property: Name("category")] string Category,
    [property: Name("region_count")] int Regions,
    [property: Name("periods")] string Periods);

/// <summary>A row of the source list on /sources.</summary>
internal sealed record SourceCsvRow(
    [property: Name("source_id")] string Id,
    [property: Name("title_zh")] string TitleZh,
    [property: Name("title_en")] string TitleEn,
    [property: Name("publisher_zh")] string PublisherZh,
    [property: Name("publisher_en")] string PublisherEn,
    [property: Name("published")] string Published,
    [property: Name("source_url")] string Url,
    [property: Name("read_at")] string ReadAt,
    [property: Name("figure_count")] int Figures);
