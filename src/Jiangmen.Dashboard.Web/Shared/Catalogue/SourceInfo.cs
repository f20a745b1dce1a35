using System.Globalization;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>An original source as figures, citations and a download's metadata name it.</summary>
public sealed record SourceInfo(
    string Id, string TitleZh, string TitleEn, string PublisherZh, string PublisherEn,
    string? Authors, string? Published, string? Url, string? ReadAt, SourceGrade Grade)
{
    public string Title => TitleIn(CultureInfo.CurrentUICulture);

    /// <summary>The authors, where the source names them ("陈敏锐;袁辉" in seeds/).</summary>
    public IReadOnlyList<string> AuthorList => Authors?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public string OtherTitle => Text.Pick(TitleEn, TitleZh);

    public string Publisher => PublisherIn(CultureInfo.CurrentUICulture);

    public string TitleIn(CultureInfo culture) => Text.IsEnglishCulture(culture) ? TitleEn : TitleZh;

    public string PublisherIn(CultureInfo culture) => Text.IsEnglishCulture(culture) ? PublisherEn : PublisherZh;

    /// <summary>"Title (Publisher, 2024)", with the address when the source has one.</summary>
    public string Describe(CultureInfo culture)
    {
        var publisher = Published is null ? PublisherIn(culture) : PublisherIn(culture) + Text.In(culture, nameof(Strings.CiteComma)) + Published;
        var described = string.Format(culture, Text.In(culture, nameof(Strings.CiteSource)), TitleIn(culture), publisher);
        return Url is null ? described : described + " " + Url;
    }
}
