using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>The indicator catalogue: names in both languages, unit, category, how many regions have it, periods.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public IReadOnlyList<(string Category, IReadOnlyList<Row> Rows)> Categories { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

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
            .Select(o => new { o.IndicatorCode, o.RegionCode, o.Period, o.SourceId })
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
        // The catalogue's counts and periods come from every figure, so every source of a figure is cited.
        Citation = await Citation.ForPageAsync(db, Request, Strings.IndicatorsTitle, Url.Page("/Indicators/Index")!,
            coverage.Select(c => c.SourceId), ct);
    }

    public sealed record Row(string Code, string NameZh, string NameEn, string Unit, int Regions, string Periods);
}
