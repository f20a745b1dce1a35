using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The notes of one table, numbered in the order they first occur and listed under it, as a statistical yearbook
/// does; rows with the same note share its number. Anchors stay unique however many tables a page has.
/// </summary>
public sealed partial class Footnotes
{
    private const string Counter = "footnote-tables";
    private readonly string _prefix;

    private Footnotes(string prefix, IReadOnlyList<string> notes)
    {
        _prefix = prefix;
        Notes = notes;
    }

    public IReadOnlyList<string> Notes { get; }

    public static Footnotes For(HttpContext http, IEnumerable<ObservationRow> rows)
    {
        var table = http.Items[Counter] is int n ? n + 1 : 1;
        http.Items[Counter] = table;
        return new Footnotes($"table-{table}-note-", rows.Select(r => r.Note).OfType<string>().Where(n => n.Length > 0).Distinct().ToList());
    }

    /// <summary>The number of the row's note, or null when it has none.</summary>
    public int? Number(ObservationRow row) => row.Note is { Length: > 0 } note ? IndexOf(note) + 1 : null;

    public string Anchor(int number) => _prefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A note as HTML: notes quote the sources' words ("Source gives 超90亿元"; "来源写作“130.787 billion yuan”"), and
    /// words in the other language than the page's are marked with theirs, for screen readers and for the reader.
    /// Text is encoded as Razor would.
    /// </summary>
    public static IHtmlContent Html(string note)
    {
        var (run, lang) = Text.IsEnglish ? (ChineseRun(), "zh-CN") : (LatinRun(), "en");
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match match in run.Matches(note))
        {
            html.Append(note[at..match.Index]).AppendHtml($"<span lang=\"{lang}\">").Append(match.Value).AppendHtml("</span>");
            at = match.Index + match.Length;
        }

        return html.Append(note[at..]);
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}][\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}\d.%]*")]
    private static partial Regex ChineseRun();

    /// <summary>Latin words, with the spaces, digits and marks between them ("over 314.664 billion yuan").</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9'’.\-]*(?:[ ,]+[A-Za-z0-9][A-Za-z0-9'’.\-]*)*")]
    private static partial Regex LatinRun();

    private int IndexOf(string note)
    {
        for (var i = 0; i < Notes.Count; i++)
        {
            if (Notes[i] == note)
            {
                return i;
            }
        }

        return -1;
    }
}
