using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Jiangmen.Dashboard.Web.Regions;

/// <summary>
/// A phrase built from the data whose numbers link to their rows ("增长 <a href="#xinhui-gdp-growth-2023">7.2%</a>"):
/// text in parts, each plain or a link to a figure's anchor, so that the page writes the links without any HTML in
/// interface text.
/// </summary>
public sealed partial record Words(IReadOnlyList<Words.Part> Parts)
{
    /// <summary>Some text, linked to an anchor on the page where <see cref="Anchor"/> is set.</summary>
    public sealed record Part(string Text, string? Anchor);

    public static readonly Words None = new([]);

    public static Words Plain(string text) => new([new Part(text, null)]);

    public static Words Link(string text, string anchor) => new([new Part(text, anchor)]);

    /// <summary>An interface text with its {0}, {1} ... filled by <paramref name="args"/>, links kept.</summary>
    public static Words Format(string template, params Words[] args) =>
        new([.. Placeholder().Split(template).SelectMany((piece, i) =>
            // Split keeps the captured index: odd pieces are the placeholders' numbers.
            i % 2 == 1 ? args[int.Parse(piece, System.Globalization.CultureInfo.InvariantCulture)].Parts
                : piece.Length > 0 ? [new Part(piece, null)] : [])]);

    public static Words Join(string separator, IEnumerable<Words> phrases) =>
        new([.. phrases.SelectMany((p, i) => i == 0 ? p.Parts : p.Parts.Prepend(new Part(separator, null)))]);

    public bool IsEmpty => Parts.Count == 0;

    /// <summary>The phrase as HTML: text encoded, links to their anchors, nothing between the parts.</summary>
    public IHtmlContent Html()
    {
        var html = new HtmlContentBuilder();
        foreach (var part in Parts)
        {
            if (part.Anchor is null)
            {
                html.Append(part.Text);
            }
            else
            {
                html.AppendHtml("<a class=\"figure-link\" href=\"#").Append(part.Anchor).AppendHtml("\">").Append(part.Text).AppendHtml("</a>");
            }
        }

        return html;
    }

    public override string ToString() => string.Concat(Parts.Select(p => p.Text));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
