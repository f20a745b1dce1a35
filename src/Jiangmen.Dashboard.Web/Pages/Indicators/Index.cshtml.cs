using Jiangmen.Dashboard.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages.Indicators;

/// <summary>The indicator catalogue: names in both languages, unit, category, how many regions have it, periods.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public IReadOnlyList<(string Category, IReadOnlyList<Row> Rows)> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Select(i => new
            {
                i.Code, i.NameZh, i.NameEn, i.UnitZh, i.UnitEn,
                CategoryZh = i.Category!.NameZh, CategoryEn = i.Category.NameEn, i.Category.Sort,
            })
            .ToListAsync(ct);
        var coverage = await db.Observations.AsNoTracking()
            .Select(o => new { o.IndicatorCode, o.RegionCode, o.Period })
            .ToListAsync(ct);

        Categories = indicators
            .OrderBy(i => i.Sort).ThenBy(i => i.Code, StringComparer.Ordinal)
            .GroupBy(i => Text.Pick(i.CategoryZh, i.CategoryEn))
            .Select(g => (g.Key, (IReadOnlyList<Row>)g.Select(i =>
            {
                var mine = coverage.Where(c => c.IndicatorCode == i.Code).ToList();
                return new Row(i.Code, i.NameZh, i.NameEn, Text.Pick(i.UnitZh, i.UnitEn),
                    mine.Where(c => c.RegionCode != null).Select(c => c.RegionCode).Distinct().Count(),
                    string.Join(", ", mine.Select(c => c.Period).Distinct().Order(StringComparer.Ordinal)));
            }).ToList()))
            .ToList();
    }

    public sealed record Row(string Code, string NameZh, string NameEn, string Unit, int Regions, string Periods);
}
