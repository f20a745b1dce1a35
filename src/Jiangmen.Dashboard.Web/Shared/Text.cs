using System.Globalization;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The reader's language and the few rules for showing data in it. Interface text itself is <see cref="Strings"/>,
/// generated from Shared/Strings.resx (Chinese) and Strings.en.resx (English): a key that does not exist does not compile.
/// </summary>
public static class Text
{
    /// <summary>The interface languages, Chinese first.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish => IsEnglishCulture(CultureInfo.CurrentUICulture);

    /// <summary>The HTML lang of the page being written.</summary>
    public static string Lang => IsEnglish ? "en" : "zh-CN";

    /// <summary>The lang of text in the other language, such as a name given in both.</summary>
    public static string OtherLang => IsEnglish ? "zh-CN" : "en";

    public static bool IsEnglishCulture(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>
    /// The language a source's own words are in, for their lang attribute: a quote keeps its language whatever the
    /// page's (most are Chinese; the city's English site is quoted in English), so screen readers and fonts follow it.
    /// </summary>
    public static string LanguageOf(string words) => words.Any(c => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF') ? "zh" : "en";

    /// <summary>
    /// Interface text in a given language, for what is written in both at once (a download's metadata, a citation).
    /// <paramref name="key"/> is <c>nameof(Strings.Something)</c>, so it exists; a language that lacks it fails loudly.
    /// </summary>
    public static string In(CultureInfo culture, string key) =>
        Strings.ResourceManager.GetString(key, culture) ?? throw new InvalidOperationException($"No text '{key}' in {culture.Name}.");

    /// <summary>A text of <see cref="Strings"/> filled in with the reader's number and date formats.</summary>
    public static string Format(string template, params object[] args) => string.Format(CultureInfo.CurrentCulture, template, args);

    /// <summary>An error message repeats what was asked for, but not a megabyte of it.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>Data are stored in both languages; show the reader's.</summary>
    public static string Pick(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>Optional text: the reader's language if given, else whichever exists.</summary>
    public static string? PickOptional(string? zh, string? en) => IsEnglish ? en ?? zh : zh ?? en;

    /// <summary>
    /// A number in the reader's format with the decimals it carries (<see cref="ObservationRow.Exact"/> gives a figure
    /// its source's): 516.50 stays 516.50.
    /// </summary>
    public static string Number(decimal value) =>
        value.ToString("N" + value.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>A value as the source states it: "超过 90" / "more than 90", never a bare 90 for a bound.</summary>
    public static string Value(decimal value, Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => Format(Strings.QualifierMoreThan, Number(value)),
        Qualifier.AtLeast => Format(Strings.QualifierAtLeast, Number(value)),
        Qualifier.About => Format(Strings.QualifierAbout, Number(value)),
        _ => Number(value),
    };

    /// <summary>A short mark for charts and compact cells: "&gt;", "≥", "≈".</summary>
    public static string Mark(Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => ">",
        Qualifier.AtLeast => "≥",
        Qualifier.About => "≈",
        _ => "",
    };

    public static string Kind(RegionKind kind) => kind switch
    {
        RegionKind.City => Strings.RegionKindCity,
        RegionKind.District => Strings.RegionKindDistrict,
        RegionKind.CountyCity => Strings.RegionKindCountyCity,
        _ => Strings.RegionKindTown,
    };

    public static string Level(DesignationLevel level) => level switch
    {
        DesignationLevel.National => Strings.LevelNational,
        _ => Strings.LevelProvincial,
    };

    /// <summary>The name of each kind of platform that seeds/ may use (<see cref="Data.Seeding.SeedCodes.PlatformKinds"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> PlatformKinds = new Dictionary<string, string>
    {
        ["cooperation_zone"] = nameof(Strings.PlatformKind_cooperation_zone),
        ["industrial_park"] = nameof(Strings.PlatformKind_industrial_park),
        ["industry_cluster"] = nameof(Strings.PlatformKind_industry_cluster),
        ["main_platform"] = nameof(Strings.PlatformKind_main_platform),
        ["other"] = nameof(Strings.PlatformKind_other),
        ["pilot_zone"] = nameof(Strings.PlatformKind_pilot_zone),
    };

    /// <summary>The name of each kind of project that seeds/ may use (<see cref="Data.Seeding.SeedCodes.ProjectKinds"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> ProjectKinds = new Dictionary<string, string>
    {
        ["company"] = nameof(Strings.ProjectKind_company),
        ["fund"] = nameof(Strings.ProjectKind_fund),
        ["other"] = nameof(Strings.ProjectKind_other),
        ["project"] = nameof(Strings.ProjectKind_project),
        ["route"] = nameof(Strings.ProjectKind_route),
    };

    /// <summary>The name of each kind of cooperation that seeds/ may use (<see cref="Data.Seeding.SeedCodes.CooperationKinds"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> CooperationKinds = new Dictionary<string, string>
    {
        ["industry"] = nameof(Strings.Cooperation_industry),
        ["education"] = nameof(Strings.Cooperation_education),
        ["health"] = nameof(Strings.Cooperation_health),
        ["rural"] = nameof(Strings.Cooperation_rural),
    };

    public static string PlatformKind(string code) => In(CultureInfo.CurrentUICulture, PlatformKinds[code]);

    public static string ProjectKind(string code) => In(CultureInfo.CurrentUICulture, ProjectKinds[code]);

    public static string Cooperation(string code) => In(CultureInfo.CurrentUICulture, CooperationKinds[code]);
}
