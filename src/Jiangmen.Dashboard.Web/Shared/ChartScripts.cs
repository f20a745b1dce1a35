namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The chart scripts a page needs, so that the layout loads Chart.js only where something is drawn. The partials that
/// draw say so as they render; the layout is rendered after the page, so it knows.
/// </summary>
public static class ChartScripts
{
    public const string Charts = "chart.js";
    public const string Maps = "chartjs-chart-geo";
    public const string Diagrams = "chartjs-chart-graph";

    private static readonly object Key = new();

    public static void Need(HttpContext http, string script)
    {
        if (http.Items[Key] is not HashSet<string> needed)
        {
            http.Items[Key] = needed = [];
        }

        needed.Add(Charts);
        needed.Add(script);
    }

    public static bool Needs(HttpContext http, string script) => http.Items[Key] is HashSet<string> needed && needed.Contains(script);
}
