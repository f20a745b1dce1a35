using System.Globalization;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The suggested citation of one view in one language: the view's title, the dashboard's name, the view's permanent
/// address, the date accessed and the original sources of its figures. Pages, chart images and the metadata of
/// downloads all take it from here, so a view is cited the same way wherever it is cited. One figure is cited the same
/// way, with its own source only, the address of its row and the source's words (<see cref="ForFigure"/>).
/// </summary>
public sealed record Citation(string Title, string Address, string Accessed, IReadOnlyList<SourceInfo> Sources, CultureInfo Culture)
{
    /// <summary>The source's words that state a single figure; null for a view.</summary>
    public string? Quote { get; init; }

    /// <summary>What a figure's citation writes before and after its quote ("原文：“" and "”。").</summary>
    public (string Before, string After) QuoteFrame
    {
        get
        {
            var parts = Text.In(Culture, nameof(Strings.CiteQuote)).Split("{0}");
            return (parts[0], parts[1]);
        }
    }

    /// <summary>The citation without the quote, which a page writes in its own language's mark-up (the quote keeps its language).</summary>
    public string WithoutQuote
    {
        get
        {
            var view = string.Format(Culture, Text.In(Culture, nameof(Strings.CiteFormat)), Text.In(Culture, nameof(Strings.SiteName)), Title, Address, Accessed);
            return Sources.Count == 0
                ? view
                : view + string.Format(Culture, Text.In(Culture, nameof(Strings.CiteSources)),
                    string.Join(Text.In(Culture, nameof(Strings.CiteSourceSeparator)), Sources.Select(s => s.Describe(Culture))));
        }
    }

    /// <summary>The citation as one line of plain text, ready to paste.</summary>
    public string PlainText => Quote is null ? WithoutQuote : WithoutQuote + QuoteFrame.Before + Quote + QuoteFrame.After;

    /// <summary>The date a reader accessed the view: today, as the CSV file names write it.</summary>
    public static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The absolute address that reopens the view: the page's canonical path in the language's own addresses (slugs, not
    /// codes; as Url.Page gives it) and the parameters that define the view in a fixed order (commas left readable).
    /// </summary>
    public static string PermanentAddress(HttpRequest request, string path, IEnumerable<(string Key, string Value)> query, CultureInfo culture)
    {
        var parameters = query
            .Where(q => q.Value.Length > 0)
            .Select(q => q.Key + "=" + string.Join(',', q.Value.Split(',').Select(Uri.EscapeDataString)))
            .ToList();
        var address = $"{request.Scheme}://{request.Host}{Languages.InLanguage(request, path, culture)}";
        return parameters.Count == 0 ? address : address + "?" + string.Join('&', parameters);
    }

    /// <summary>The citation of a page in the reader's language, with the sources of the figures it shows (ids; empty ones ignored).</summary>
    public static Citation ForPage(
        Catalogue catalogue, HttpRequest request, string title, string path, IEnumerable<string> sourceIds, params (string Key, string Value)[] query)
    {
        var culture = CultureInfo.CurrentUICulture;
        var sources = sourceIds.Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal).Select(id => catalogue.Sources[id]).ToList();
        return new Citation(title, PermanentAddress(request, path, query, culture), Today(), sources, culture);
    }

    /// <summary>
    /// The citation of one figure, as a row of the page's table gives it: its subject, indicator, period, value and unit,
    /// the page's address at the figure's anchor, the date accessed, the row's own source only, and the source's words.
    /// </summary>
    public static Citation ForFigure(HttpRequest request, ObservationRow row, string anchor)
    {
        var culture = CultureInfo.CurrentUICulture;
        var title = Text.Format(Strings.CiteFigureTitle, row.Subject.Name, row.Indicator.Name, row.Period, row.Display, row.Indicator.Unit);
        var page = Languages.InLanguage(request, request.PathBase + request.Path, culture) + Languages.QueryWithoutCulture(request);
        return new Citation(title, $"{request.Scheme}://{request.Host}{page}#{anchor}", Today(), row.Source is null ? [] : [row.Source], culture) { Quote = row.Quote };
    }
}
