using System.Text.RegularExpressions;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// ?year=2023, the year a view shows (the compare page's table and charts, the indicator page's ranking): four digits,
/// or absent for the view's own default. Anything else is refused with a reason that names the parameter.
/// </summary>
public static partial class YearParameter
{
    public const string Name = "year";

    /// <summary>The year asked for (null when absent), or the reason it cannot be used.</summary>
    public static (string? Year, string? Problem) Read(IQueryCollection query)
    {
        var values = query[Name];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrEmpty(values[0])))
        {
            return (null, null);
        }

        var value = values.ToString();
        return FourDigits().IsMatch(value) ? (value, null) : (null, Text.Format(Strings.YearMalformed, Name, Text.Shorten(value)));
    }

    /// <summary>The reason a well-formed year is refused: no figure of the view is of that year; these are.</summary>
    public static string Unknown(string year, IEnumerable<string> years) =>
        Text.Format(Strings.YearUnknown, Name, year, string.Join(", ", years.Order(StringComparer.Ordinal)));

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();
}
