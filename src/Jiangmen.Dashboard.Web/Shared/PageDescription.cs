namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>What a page says of itself in search results and link previews, built from what it shows.</summary>
internal static class PageDescription
{
    /// <summary>"新会区：12 项指标的数字（2020–2023），…": the subject, how many indicators, over which years.</summary>
    public static string Figures(string subject, IEnumerable<ObservationRow> rows)
    {
        var shown = rows.Where(r => r.Value is not null).ToList();
        var years = shown.Select(r => r.Period[..4]).Distinct().Order(StringComparer.Ordinal).ToList();
        var span = years.Count switch { 0 => "—", 1 => years[0], _ => $"{years[0]}–{years[^1]}" };
        return Text.Format(Strings.DescriptionFigures, subject, shown.Select(r => r.Indicator.Code).Distinct().Count(), span);
    }

    /// <summary>Names as a list in the reader's language: "新会区、台山市" or "Xinhui District, Taishan City".</summary>
    public static string List(IEnumerable<string> names) => string.Join(Text.IsEnglish ? ", " : "、", names);
}
