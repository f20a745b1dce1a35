namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The chart scripts a page needs, so that the layout loads them only where something is drawn. The partials that
/// draw say so as they render; the layout is rendered after the page, so it knows. wwwroot/js/charts.js comes with
/// any of them; Chart.js and the diagram's plugin are listed for it to fetch when a chart comes near the screen.
/// </summary>
public static class ChartScripts
{
    /// <summary>Chart.js, for bar and line charts.</summary>
    public const string Charts = "chart.js";

    /// <summary>Chart.js with chartjs-chart-graph, for the pairing diagram.</summary>
    public const string Diagrams = "chartjs-chart-graph";

    /// <summary>Maps are drawn on the server; charts.js only makes their images.</summary>
    public const string Maps = "map";

    private static readonly object Key = new();

    public static void Need(HttpContext http, string script)
    {
        if (http.Items[Key] is not HashSet<string> needed)
        {
            http.Items[Key] = needed = [];
        }

        needed.Add(script);
        if (script == Diagrams)
        {
            needed.Add(Charts);
        }
    }

    public static bool Needs(HttpContext http, string script) => http.Items[Key] is HashSet<string> needed && needed.Contains(script);

    public static bool NeedsAny(HttpContext http) => http.Items[Key] is HashSet<string> { Count: > 0 };
}
