using System.Globalization;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>An original source as figures, citations and a download's metadata name it.</summary>
public sealed record SourceInfo(
    string Id, string TitleZh, string TitleEn, string PublisherZh, string PublisherEn,
    string? Authors, string? Published, string? Url, string? ReadAt, SourceGrade Grade, string? NotesZh = null, string? NotesEn = null)
{
    /// <summary>What a reader of the source should know, in the reader's language (seeds/ gives both or neither).</summary>
    public string? Notes => Text.PickOptional(NotesZh, NotesEn);

    /// <summary>
    /// Where the copy was read, when that is an address a reader can open. Other read_at values are a researcher's
    /// locator in one language ("pages corpus result with no URL ..."): downloads keep them, and the source's notes say
    /// the same in both languages.
    /// </summary>
    public string? ReadAtAddress => Uri.TryCreate(ReadAt, UriKind.Absolute, out var address) && address.Scheme is "http" or "https" ? ReadAt : null;

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
