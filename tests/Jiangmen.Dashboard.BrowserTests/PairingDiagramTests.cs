using System.Text.Json;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// The pairing diagram on /partnerships, on a phone in English (where "Pengjiang District" used to be cut to
/// "ngjiang District") and on a desktop in Chinese (where the kinds of cooperation were written over the names and the
/// links ran through them): every name inside the canvas, no label over a name, no link through a name, and the box the
/// page reserves for the diagram as high before the script draws it as after. The script leaves what it drew where in
/// the canvas's data-layout (CSS pixels of the canvas).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PairingDiagramTests(BrowserFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Box(string? Label, double X, double Y, double W, double H)
    {
        public bool Overlaps(Box other) => X < other.X + other.W && other.X < X + W && Y < other.Y + other.H && other.Y < Y + H;

        /// <summary>Whether the segment crosses the box (sampled every half pixel along it: links are short).</summary>
        public bool Crosses(Link link)
        {
            var steps = (int)Math.Ceiling(Math.Max(Math.Abs(link.X2 - link.X1), Math.Abs(link.Y2 - link.Y1)) * 2);
            return Enumerable.Range(0, steps + 1).Select(i => (double)i / Math.Max(steps, 1))
                .Any(t => Contains(link.X1 + (t * (link.X2 - link.X1)), link.Y1 + (t * (link.Y2 - link.Y1))));
        }

        private bool Contains(double x, double y) => x > X && x < X + W && y > Y && y < Y + H;
    }

    private sealed record Link(double X1, double Y1, double X2, double Y2);

    private sealed record Layout(double Width, double Height, List<Box> Nodes, List<Box> Pairs, List<Link> Links);

    [Theory]
    [InlineData("phone-en")]
    [InlineData("desktop-zh")]
    public async Task Every_name_fits_the_canvas_and_no_label_or_link_covers_a_name(string viewName)
    {
        var view = View.Both.Single(v => v.Name == viewName);
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();
        await page.GotoAsync(view.Address("/partnerships"));
        await page.WaitForFunctionAsync("() => document.querySelector('canvas[data-graph]')?.dataset.layout");
        await page.EvaluateAsync("() => document.fonts.ready");
        // To be looked at: the diagram as this reader sees it.
        await page.Locator("figure.diagram").ScreenshotAsync(new() { Path = Path.Combine(Repository.Root, "artifacts", "screenshots", $"pairing-diagram-{view}.png") });

        var json = await page.EvaluateAsync<string>("() => document.querySelector('canvas[data-graph]').dataset.layout");
        var layout = JsonSerializer.Deserialize<Layout>(json, Json)!;
        var canvasWidth = await page.EvaluateAsync<double>("() => document.querySelector('canvas[data-graph]').getBoundingClientRect().width");

        layout.Width.Should().BeApproximately(canvasWidth, 1, "the layout is of the canvas as it stands in the page");
        layout.Nodes.Should().HaveCount(7, "the seven counties");
        layout.Pairs.Should().HaveCount(3, "the three pairings");
        foreach (var name in layout.Nodes)
        {
            (name.X >= 0 && name.X + name.W <= layout.Width && name.Y >= 0 && name.Y + name.H <= layout.Height)
                .Should().BeTrue($"{name.Label} lies inside the {layout.Width}×{layout.Height} canvas ({name})");
            layout.Pairs.Should().NotContain(p => p.Overlaps(name), $"no kinds of cooperation are written over {name.Label}");
            layout.Links.Should().NotContain(l => name.Crosses(l), $"no link runs through {name.Label}");
        }

        layout.Pairs.Should().OnlyContain(p => p.X >= 0 && p.X + p.W <= layout.Width && p.Y >= 0 && p.Y + p.H <= layout.Height);
        layout.Pairs.Should().OnlyContain(p => !layout.Pairs.Any(q => q != p && q.Overlaps(p)), "the pairings' labels stand apart");
    }

    [Theory]
    [InlineData("phone-en")]
    [InlineData("desktop-zh")]
    public async Task The_diagram_box_is_as_high_before_the_script_draws_as_after_so_nothing_below_it_moves(string viewName)
    {
        var view = View.Both.Single(v => v.Name == viewName);
        await using var drawn = await fixture.NewContextAsync(view);
        var page = await drawn.NewPageAsync();
        await page.GotoAsync(view.Address("/partnerships"));
        await page.WaitForFunctionAsync("() => document.querySelector('canvas[data-graph]')?.dataset.layout");
        var after = await page.EvaluateAsync<double>("() => document.querySelector('figure.diagram .chart-box').getBoundingClientRect().height");

        await using var unscripted = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new() { Width = view.Width, Height = view.Height },
            JavaScriptEnabled = false,
        });
        var before = await unscripted.NewPageAsync();
        await before.GotoAsync(view.Address("/partnerships"));
        var reserved = await before.EvaluateAsync<double>("() => document.querySelector('figure.diagram .chart-box').getBoundingClientRect().height");

        reserved.Should().BeGreaterThan(200, "the style sheet reserves the diagram's room");
        after.Should().Be(reserved);
    }
}
