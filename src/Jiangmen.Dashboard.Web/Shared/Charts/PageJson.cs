using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>Data a page hands to wwwroot/js/charts.js in a &lt;script type="application/json"&gt; element.</summary>
public static class PageJson
{
    // Characters stay readable; <, > and & are still escaped, so the JSON is safe inside a script element.
    // Records are written with the camelCase names the script reads.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
