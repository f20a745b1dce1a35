namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>How the CSV is written (see <see cref="CsvFile"/>).</summary>
internal sealed record CsvFormat(string MediaType, string Encoding, string Delimiter, string LineEnding, bool Header, string DecimalSeparator)
{
    public static readonly CsvFormat Instance = new("text/csv", "UTF-8 with byte-order mark", ",", "CRLF", true, ".");
}
