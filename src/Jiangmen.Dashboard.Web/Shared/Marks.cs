using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The small marks written beside a figure wherever it is shown: its grade, its source's words, its footnote's number.
/// Built here rather than as partial views because a long table writes them on every row, and each partial cost a view
/// lookup and an activation with its services: most of a yearbook-sized county page's render (bench/RESULTS.md, issue 18).
/// </summary>
public static class Marks
{
    /// <summary>
    /// A figure's grade: a link to its source's page, where the grade is explained. The explanation shows on hover and
    /// focus (site.css) and is the link's description for assistive technology (the page's one description of each
    /// grade, in _Layout). Nothing for a gap, which has no source. The link keeps the grade switch, as every link does
    /// (<see cref="GradeLinkTagHelper"/>).
    /// </summary>
    public static IHtmlContent Grade(IUrlHelper url, SourceInfo? source) =>
        source is null ? HtmlString.Empty : new HtmlContentBuilder()
            .AppendHtml("<a class=\"grade grade-").Append(Grades.Code(source.Grade))
            .AppendHtml("\" aria-describedby=\"").Append(Grades.DescriptionId(source.Grade))
            .AppendHtml("\" data-explain=\"").Append(Grades.Explanation(source.Grade))
            .AppendHtml("\" href=\"").Append(LinkPattern.Of(url, "/Sources/Details", "id").For(source.Id, "#grade"))
            .AppendHtml("\">").Append(Grades.Label(source.Grade)).AppendHtml("</a>");

    /// <summary>
    /// A link to <paramref name="href"/> (made by a <see cref="LinkPattern"/>), written as the anchor tag helper writes
    /// one, without running it: for lists and tables that repeat a link on every row.
    /// </summary>
    public static IHtmlContent Link(string href, string? text, string? cssClass = null)
    {
        var link = new HtmlContentBuilder().AppendHtml("<a ");
        if (cssClass is not null)
        {
            link.AppendHtml("class=\"").Append(cssClass).AppendHtml("\" ");
        }

        return link.AppendHtml("href=\"").Append(href).AppendHtml("\">").Append(text ?? "").AppendHtml("</a>");
    }

    /// <summary>A source's own words, marked with their language (see <see cref="Text.LanguageOf"/>).</summary>
    public static IHtmlContent Quote(string quote) =>
        new HtmlContentBuilder()
            .AppendHtml("<q class=\"quote\" lang=\"").Append(Text.LanguageOf(quote)).AppendHtml("\">").Append(quote).AppendHtml("</q>");

    /// <summary>The number of <paramref name="row"/>'s footnote, linked to it; nothing when it has none.</summary>
    public static IHtmlContent NoteRef(Footnotes notes, ObservationRow row)
    {
        if (notes.Number(row) is not { } n)
        {
            return HtmlString.Empty;
        }

        return new HtmlContentBuilder()
            .AppendHtml("<sup class=\"note-ref\"><a href=\"#").Append(notes.Anchor(n))
            .AppendHtml("\" aria-label=\"").Append(Text.Format(Strings.NoteRef, n))
            .AppendHtml("\">").Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).AppendHtml("</a></sup>");
    }
}
