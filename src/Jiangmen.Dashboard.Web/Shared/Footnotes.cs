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
    /// A note as HTML: notes quote the sources' words ("Source gives 超90亿元"), and those words are marked as
    /// Chinese for screen readers and for the reader of the English page. Text is encoded as Razor would.
    /// </summary>
    public static IHtmlContent Html(string note)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match match in ChineseRun().Matches(note))
        {
            html.Append(note[at..match.Index]).AppendHtml("<span lang=\"zh-CN\">").Append(match.Value).AppendHtml("</span>");
            at = match.Index + match.Length;
        }

        return html.Append(note[at..]);
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}][\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}\d.%]*")]
    private static partial Regex ChineseRun();

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
