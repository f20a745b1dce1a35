using CsvHelper.Configuration.Attributes;

namespace Jiangmen.Dashboard.Web.Export;

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
