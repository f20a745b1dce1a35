using System.Text.Json.Nodes;

namespace Jiangmen.Dashboard.Web.Geography;

/// <summary>
/// Thins the package's county boundaries (about 15,000 points, 600 KB) to what a map of about a thousand pixels
/// draws, so that a phone does not spend seconds on them. Shared borders stay shared: each ring is cut at the points
/// where the set of counties it borders changes, and each piece is simplified (Douglas–Peucker) in one canonical
/// direction, so the two counties on either side of a border keep exactly the same points and no gap or overlap opens.
/// </summary>
internal static class BoundarySimplification
{
    public static JsonObject Simplify(JsonObject collection, double tolerance, int decimals)
    {
        var rings = Rings(collection).ToList();
        var points = rings.Select(r => r.Take(r.Count - 1).Select(p => (X: p![0]!.GetValue<double>(), Y: p[1]!.GetValue<double>())).ToList()).ToList();
        var owners = new Dictionary<(double X, double Y), HashSet<int>>();
        for (var i = 0; i < points.Count; i++)
        {
            foreach (var point in points[i])
            {
                (owners.TryGetValue(point, out var bordering) ? bordering : owners[point] = []).Add(i);
            }
        }

        for (var i = 0; i < rings.Count; i++)
        {
            var kept = SimplifyRing(points[i], owners, tolerance);
            rings[i].Clear();
            foreach (var (x, y) in kept.Append(kept[0]))
            {
                rings[i].Add(new JsonArray(Math.Round(x, decimals), Math.Round(y, decimals)));
            }
        }

        return collection;
    }

    private static IEnumerable<JsonArray> Rings(JsonObject collection) => collection["features"]!.AsArray().SelectMany(f => Rings(f!));

    /// <summary>The rings of one feature's polygon or polygons, outer and inner alike.</summary>
    internal static IEnumerable<JsonArray> Rings(JsonNode feature)
    {
        var geometry = feature["geometry"]!;
        var coordinates = geometry["coordinates"]!.AsArray();
        IEnumerable<JsonArray> polygons = (string?)geometry["type"] == "MultiPolygon" ? coordinates.Select(p => p!.AsArray()) : [coordinates];
        return polygons.SelectMany(polygon => polygon).Select(ring => ring!.AsArray());
    }

    private static List<(double X, double Y)> SimplifyRing(List<(double X, double Y)> ring, Dictionary<(double X, double Y), HashSet<int>> owners, double tolerance)
    {
        var n = ring.Count;
        bool SameBorder(int a, int b) => owners[ring[a]].SetEquals(owners[ring[(b + n) % n]]);
        var cuts = Enumerable.Range(0, n).Where(i => !SameBorder(i, i - 1) || !SameBorder(i, i + 1)).DefaultIfEmpty(0).ToList();

        var kept = new List<(double X, double Y)>();
        for (var k = 0; k < cuts.Count; k++)
        {
            var (start, end) = (cuts[k], cuts[(k + 1) % cuts.Count]);
            var length = (end - start + n - 1) % n + 1;
            var piece = Enumerable.Range(start, length + 1).Select(j => ring[j % n]).ToList();
            // The neighbour walks this border the other way round: simplify it in one direction for both.
            var reversed = piece[^1].CompareTo(piece[0]) < 0;
            if (reversed)
            {
                piece.Reverse();
            }

            var simplified = DouglasPeucker(piece, tolerance);
            if (reversed)
            {
                simplified.Reverse();
            }

            kept.AddRange(simplified.Take(simplified.Count - 1));
        }

        // A small island thinner than the tolerance would vanish; it is drawn as the package has it.
        return kept.Count >= 3 ? kept : ring;
    }

    private static List<(double X, double Y)> DouglasPeucker(List<(double X, double Y)> points, double tolerance)
    {
        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var pending = new Stack<(int From, int To)>();
        pending.Push((0, points.Count - 1));
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            var (farthest, distance) = (-1, tolerance);
            for (var i = from + 1; i < to; i++)
            {
                var d = Distance(points[i], points[from], points[to]);
                if (d > distance)
                {
                    (farthest, distance) = (i, d);
                }
            }

            if (farthest > 0)
            {
                keep[farthest] = true;
                pending.Push((from, farthest));
                pending.Push((farthest, to));
            }
        }

        return points.Where((_, i) => keep[i]).ToList();
    }

    /// <summary>From <paramref name="p"/> to the line through a and b (to a itself when they coincide, as in a closed piece).</summary>
    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        return length == 0
            ? Math.Sqrt((p.X - a.X) * (p.X - a.X) + (p.Y - a.Y) * (p.Y - a.Y))
            : Math.Abs(dy * (p.X - a.X) - dx * (p.Y - a.Y)) / length;
    }
}
