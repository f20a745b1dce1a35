namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// What wwwroot/js/charts.js writes around a chart when it saves it as an image, so the picture still says what it
/// shows once it leaves the page: the title, a line with unit and period, the notes on marks and gaps, and one
/// line of sources. The page's permanent address is read from its citation box.
/// </summary>
public sealed record ImageCaption(string Title, string? Subtitle, string Source, IReadOnlyList<string> Notes)
{
    public static ImageCaption Create(string title, string? unit, string? period, IEnumerable<string> sourceTitles, IReadOnlyList<string> notes)
    {
        var subtitle = string.Join(Strings.ChartImageFieldSeparator, new[]
        {
            unit is { Length: > 0 } ? Text.Format(Strings.ChartImageUnit, unit) : null,
            period is { Length: > 0 } ? Text.Format(Strings.ChartImagePeriod, period) : null,
        }.OfType<string>());
        return new ImageCaption(title, subtitle.Length > 0 ? subtitle : null,
            Text.Format(Strings.ChartImageSource, string.Join(Strings.CiteSourceSeparator, sourceTitles.Distinct())), notes);
    }

    /// <summary>The name a chart's images are saved under, without extension: jiangmen-gdp-2023, lower case.</summary>
    public static string FileName(params string[] parts) =>
        string.Join('-', parts.Prepend("jiangmen").Where(p => p.Length > 0)).ToLowerInvariant();
}
