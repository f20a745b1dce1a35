using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A text in both interface languages, for what is written in both at once: a download's metadata and readme.</summary>
public sealed record Bilingual(string Zh, string En)
{
    public string In(CultureInfo culture) => Text.IsEnglishCulture(culture) ? En : Zh;

    /// <summary>An interface text in both languages; <paramref name="key"/> is <c>nameof(Strings.Something)</c>.</summary>
    public static Bilingual Get(string key) => new(Text.In(Text.Chinese, key), Text.In(Text.English, key));

    /// <summary>An interface text in both languages, each filled with the arguments in its own language.</summary>
    public static Bilingual Format(string key, params Bilingual[] args) => new(
        string.Format(Text.Chinese, Text.In(Text.Chinese, key), args.Select(a => (object)a.Zh).ToArray()),
        string.Format(Text.English, Text.In(Text.English, key), args.Select(a => (object)a.En).ToArray()));
}
