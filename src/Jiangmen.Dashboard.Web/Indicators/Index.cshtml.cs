using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>The indicator catalogue: names in both languages, unit, category, how many regions have it, periods.</summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public IReadOnlyList<(CategoryInfo Category, IReadOnlyList<IndicatorRow> Rows)> Categories { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        var table = await IndicatorCatalogue.LoadAsync(HttpContext, db, catalogue, ct);
        var rows = await table.Rows.ToListAsync(ct);
        Categories = [.. rows
            .OrderBy(r => r.Indicator.Category.Sort).ThenBy(r => r.Indicator.Code, StringComparer.Ordinal)
            .GroupBy(r => r.Indicator.Category)
            .Select(g => (g.Key, (IReadOnlyList<IndicatorRow>)[.. g]))];
        Citation = Citation.ForPage(catalogue, Request, Strings.IndicatorsTitle, Url.Page("/Indicators/Index")!, await table.SourceIds(ct));
    }
}
