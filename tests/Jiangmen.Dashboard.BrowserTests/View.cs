namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>A browser window size and the language the page is asked for.</summary>
public sealed record View(string Name, int Width, int Height, string Lang)
{
    /// <summary>A desktop window in Chinese, the site's default language.</summary>
    public static readonly View DesktopChinese = new("desktop-zh", 1280, 900, "zh-CN");

    /// <summary>A phone in English (the addresses under /en).</summary>
    public static readonly View PhoneEnglish = new("phone-en", 375, 812, "en");

    public static readonly IReadOnlyList<View> Both = [DesktopChinese, PhoneEnglish];

    /// <summary>
    /// A phone in both languages (where tables and charts break), a desktop in Chinese and a wide screen in English (where
    /// the English cards broke words): every width and both languages in four loads of each page, not six, so the whole
    /// test run stays well under 15 minutes on two cores.
    /// </summary>
    public static readonly IReadOnlyList<View> Every =
    [
        new("phone-zh", 375, 812, "zh-CN"), PhoneEnglish,
        DesktopChinese, new("wide-en", 1440, 900, "en"),
    ];

    public bool IsPhone => Width < 600;

    /// <summary>The address of <paramref name="path"/> in this view's language.</summary>
    public string Address(string path) => Lang == "en" ? EnglishAddress.Of(path) : path;

    public override string ToString() => Name;
}
