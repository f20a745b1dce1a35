namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The map's shades: a value's place between the lowest and the highest on the map, on ColorBrewer's Blues without its
/// two lightest tints (a county with the lowest value must not read as one without a value, which is hatched grey).
/// The key under the map shows the same ramp with a few round numbers.
/// </summary>
public sealed record MapScale(decimal Low, decimal High)
{
    public static readonly IReadOnlyList<string> Ramp = ["#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];

    private static readonly int[] RoundSteps = [1, 2, 5, 10];

    /// <summary>The scale of these values, or null when there are none.</summary>
    public static MapScale? Of(IEnumerable<decimal> values)
    {
        var all = values.ToList();
        return all.Count == 0 ? null : new MapScale(all.Min(), all.Max());
    }

    /// <summary>Where a value lies along the ramp and the key, from 0 (the lowest) to 1 (the highest); the middle when all are equal.</summary>
    public double At(decimal value) => High == Low ? 0.5 : (double)((value - Low) / (High - Low));

    public string Fill(decimal value)
    {
        var position = At(value) * (Ramp.Count - 1);
        var from = Math.Min((int)Math.Floor(position), Ramp.Count - 2);
        var (a, b, t) = (Rgb(Ramp[from]), Rgb(Ramp[from + 1]), position - from);
        return $"#{Mix(a.R, b.R, t):x2}{Mix(a.G, b.G, t):x2}{Mix(a.B, b.B, t):x2}";
    }

    /// <summary>Round numbers within the range for the key: steps of 1, 2 or 5 times a power of ten, three or four of them.</summary>
    public IReadOnlyList<decimal> Ticks()
    {
        if (High == Low)
        {
            return [Low];
        }

        var rough = (double)(High - Low) / 3;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (decimal)RoundSteps.Select(m => m * power).First(s => s >= rough);
        var ticks = new List<decimal>();
        for (var tick = Math.Ceiling(Low / step) * step; tick <= High; tick += step)
        {
            ticks.Add(tick);
        }

        return ticks;
    }

    /// <summary>A key's number as the reader's language writes it (1,200).</summary>
    public static string Label(decimal tick) => tick.ToString("#,0.##########", System.Globalization.CultureInfo.CurrentCulture);

    private static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));

    private static int Mix(int a, int b, double t) => (int)Math.Round(a + (b - a) * t);
}
