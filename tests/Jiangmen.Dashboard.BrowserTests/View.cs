namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>A browser window size and the language the page is asked for.</summary>
public sealed record View(string Name, int Width, int Height, string? Culture, string Lang)
{
    /// <summary>A desktop window in Chinese, the site's default language (no culture parameter).</summary>
    public static readonly View DesktopChinese = new("desktop-zh", 1280, 900, null, "zh-CN");

    /// <summary>A phone in English (<c>?culture=en</c>).</summary>
    public static readonly View PhoneEnglish = new("phone-en", 375, 812, "en", "en");

    public static readonly IReadOnlyList<View> Both = [DesktopChinese, PhoneEnglish];

    public bool IsPhone => Width < 600;

    /// <summary>The address of <paramref name="path"/> in this view's language.</summary>
    public string Address(string path) =>
        Culture is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={Culture}";

    public override string ToString() => Name;
}
