using Jiangmen.Dashboard.Web.Shared;
using SkiaSharp;

namespace Jiangmen.Dashboard.Web.Sharing;

/// <summary>
/// The picture a link preview shows (Open Graph's og:image, 1200 × 630): one chart of the page as horizontal bars, with
/// the same words as the chart's image download (<see cref="ImageCaption"/>: title, unit and period, notes, sources) and
/// the site's name, so the preview says what it shows and where it comes from. A lower bound ("超过 500") is a bar whose
/// end fades out, never a plain bar.
/// </summary>
internal static class SharePicture
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 48;
    private static readonly SKColor Ink = new(0x1a, 0x1a, 0x1a);
    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);
    private static readonly SKColor Accent = new(0x0b, 0x3d, 0x5c);
    // The bars' colours of wwwroot/js/charts.js: the first of its palette, and its highlight.
    private static readonly SKColor Bar = new(0x00, 0x72, 0xB2);
    private static readonly SKColor Highlight = new(0xD5, 0x5E, 0x00);

    /// <summary>Noto Sans SC (npm @expo-google-fonts/noto-sans-sc, restored by LibMan): the server has no fonts of its own.</summary>
    private static readonly Lazy<SKTypeface> Typeface = new(() =>
        SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "Sharing", "fonts", "NotoSansSC_400Regular.ttf"))
        ?? throw new InvalidOperationException("The share pictures' font is missing: build the web project (LibMan restores it)."));

    public static byte[] Png(ChartView chart)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var band = new SKPaint { Color = Accent };
        canvas.DrawRect(0, 0, Width, 10, band);

        var caption = chart.Caption;
        var y = Margin + 10;
        y = Write(canvas, Strings.SiteName, y, 22, Accent, lines: 1);
        y = Write(canvas, caption.Title, y + 6, 38, Ink, lines: 2);
        if (caption.Subtitle is { } subtitle)
        {
            y = Write(canvas, subtitle, y, 22, Muted, lines: 1);
        }

        var footer = Height - Margin - 24 * (caption.Notes.Count > 0 ? 3 : 2);
        Bars(canvas, chart, y + 16, footer - 12);
        var bottom = footer;
        foreach (var note in caption.Notes.Take(1))
        {
            bottom = Write(canvas, note, bottom, 18, Muted, lines: 1);
        }

        Write(canvas, caption.Source, bottom, 18, Muted, lines: 2);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>One bar per label of the chart's first series, the largest first; a gap is left out (its table says so).</summary>
    private static void Bars(SKCanvas canvas, ChartView chart, float top, float bottom)
    {
        var bars = chart.Labels.Zip(chart.Series[0].Values)
            .Where(b => b.Second is not null)
            .Select(b => (Label: b.First.Text, Value: b.Second!))
            .OrderByDescending(b => b.Value.Value)
            .Take(10)
            .ToList();
        if (bars.Count == 0)
        {
            return;
        }

        using var font = new SKFont(Typeface.Value, 22);
        var labelWidth = bars.Max(b => font.MeasureText(b.Label)) + 16;
        var valueWidth = bars.Max(b => font.MeasureText(b.Value.Display)) + 16;
        var left = Margin + labelWidth;
        var span = Width - Margin - valueWidth - left;
        var max = Math.Max(bars.Max(b => b.Value.Value), 0m);
        var pitch = Math.Min(44f, (bottom - top) / bars.Count);
        using var text = new SKPaint { Color = Ink, IsAntialias = true };
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var rowTop = top + i * pitch;
            var baseline = rowTop + pitch * 0.5f + 8;
            canvas.DrawText(label, left - 16, baseline, SKTextAlign.Right, font, text);
            var length = max == 0 ? 0 : (float)(Math.Max(value.Value, 0m) / max) * span;
            var colour = value.Highlight ? Highlight : Bar;
            DrawBar(canvas, new SKRect(left, rowTop + pitch * 0.15f, left + length, rowTop + pitch * 0.85f), colour, value.Mark);
            canvas.DrawText(value.Display, left + length + 10, baseline, SKTextAlign.Left, font, text);
        }
    }

    /// <summary>A bound (&gt;, ≥) fades out over its last fifth: the value is at least there, how far beyond is unknown.</summary>
    private static void DrawBar(SKCanvas canvas, SKRect rect, SKColor colour, string mark)
    {
        using var paint = new SKPaint { Color = mark == "≈" ? colour.WithAlpha(150) : colour, IsAntialias = true };
        if (mark is ">" or "≥")
        {
            var fade = rect.Left + rect.Width * 0.8f;
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(fade, 0), new SKPoint(rect.Right, 0), [colour, colour.WithAlpha(0)], SKShaderTileMode.Clamp);
        }

        canvas.DrawRect(rect, paint);
    }

    /// <summary>Writes text from the left margin, wrapped at any character (Chinese has no spaces), cut with "…" after <paramref name="lines"/>.</summary>
    private static float Write(SKCanvas canvas, string value, float top, float size, SKColor colour, int lines)
    {
        using var font = new SKFont(Typeface.Value, size);
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        var y = top;
        foreach (var line in Wrap(value, font, Width - 2 * Margin, lines))
        {
            y += size * 1.3f;
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, font, paint);
        }

        return y + size * 0.3f;
    }

    private static IEnumerable<string> Wrap(string value, SKFont font, float width, int lines)
    {
        var rest = value;
        for (var line = 1; rest.Length > 0; line++)
        {
            var fits = font.BreakText(rest, width);
            if (fits >= rest.Length)
            {
                yield return rest;
                yield break;
            }

            if (line == lines)
            {
                yield return rest[..Math.Max(font.BreakText(rest, width - font.MeasureText("…")), 0)] + "…";
                yield break;
            }

            // Break after a space where there is one, so an English word is not cut in two.
            var space = rest.LastIndexOf(' ', fits - 1, Math.Min(fits, 20));
            var cut = space > 0 ? space + 1 : fits;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..];
        }
    }
}
