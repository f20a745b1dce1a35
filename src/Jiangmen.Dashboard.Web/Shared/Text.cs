using System.Globalization;
using System.Resources;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Interface text in the reader's language, from Resources/SharedResource.resx (Chinese) and
/// SharedResource.en.resx (English); and the few rules for showing data in it.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources =
        new("Jiangmen.Dashboard.Web.Resources.SharedResource", typeof(Text).Assembly);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The HTML lang of the page being written.</summary>
    public static string Lang => IsEnglish ? "en" : "zh-CN";

    /// <summary>The lang of text in the other language, such as a name given in both.</summary>
    public static string OtherLang => IsEnglish ? "zh-CN" : "en";

    public static string Get(string key) => In(CultureInfo.CurrentUICulture, key);

    /// <summary>Text in a given language, for what is written in both at once (a download's metadata).</summary>
    public static string In(CultureInfo culture, string key) => Resources.GetString(key, culture) ?? key;

    /// <summary>The interface languages, Chinese first.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);

    /// <summary>Data are stored in both languages; show the reader's.</summary>
    public static string Pick(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>Optional text: the reader's language if given, else whichever exists.</summary>
    public static string? PickOptional(string? zh, string? en) => IsEnglish ? en ?? zh : zh ?? en;

    /// <summary>
    /// A number in the reader's format with the decimals it needs and no more: "突破500" shows as 500, not 500.00,
    /// which would claim a precision the source does not give.
    /// </summary>
    public static string Number(decimal value)
    {
        var normal = DecimalValue.Normalize(value);
        return normal.ToString("N" + normal.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);
    }


    /// <summary>A value as the source states it: "超过 90" / "more than 90", never a bare 90 for a bound.</summary>
    public static string Value(decimal value, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => Number(value),
        _ => Format("Qualifier" + qualifier, Number(value)),
    };

    /// <summary>A short mark for charts and compact cells: "&gt;", "≥", "≈".</summary>
    public static string Mark(Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => ">",
        Qualifier.AtLeast => "≥",
        Qualifier.About => "≈",
        _ => "",
    };

    public static string Kind(RegionKind kind) => Get("RegionKind" + kind);
}
