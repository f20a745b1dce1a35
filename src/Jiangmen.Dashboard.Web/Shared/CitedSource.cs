using System.Globalization;
using Jiangmen.Dashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>An original source as a citation and a download's metadata name it.</summary>
public sealed record CitedSource(
    string Id, string TitleZh, string TitleEn, string PublisherZh, string PublisherEn,
    string? Authors, string? Published, string? Url, string? ReadAt)
{
    /// <summary>The sources with these ids, in id order; empty ids (a gap has no source) are ignored.</summary>
    public static async Task<IReadOnlyList<CitedSource>> LoadAsync(DashboardContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Where(id => id.Length > 0).Distinct().ToList();
        return await db.Sources.AsNoTracking()
            .Where(s => wanted.Contains(s.Id))
            .OrderBy(s => s.Id)
            .Select(s => new CitedSource(s.Id, s.TitleZh, s.TitleEn, s.PublisherZh, s.PublisherEn, s.Authors, s.Published, s.Url, s.ReadAt))
            .ToListAsync(ct);
    }

    public string Title(CultureInfo culture) => IsEnglish(culture) ? TitleEn : TitleZh;

    public string Publisher(CultureInfo culture) => IsEnglish(culture) ? PublisherEn : PublisherZh;

    /// <summary>"Title (Publisher, 2024)", with the address when the source has one.</summary>
    public string Describe(CultureInfo culture)
    {
        var publisher = Published is null ? Publisher(culture) : Publisher(culture) + Text.In(culture, nameof(Strings.CiteComma)) + Published;
        var described = string.Format(culture, Text.In(culture, nameof(Strings.CiteSource)), Title(culture), publisher);
        return Url is null ? described : described + " " + Url;
    }

    internal static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
