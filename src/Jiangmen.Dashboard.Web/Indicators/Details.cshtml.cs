using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>One indicator across every subject that has it: a ranking chart of the counties per period, and the full table.</summary>
public sealed class DetailsModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public IndicatorInfo Indicator { get; private set; } = null!;
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Every figure, the latest period first and the largest value first within a period.</summary>
    public IReadOnlyList<ObservationRow> Rows { get; private set; } = [];
    public IReadOnlyList<SourceInfo> Sources { get; private set; } = [];
    public MapView? Map { get; private set; }
    public Citation Citation { get; private set; } = null!;
    public GradeFilter GradeSwitch { get; private set; } = GradeFilter.Every;

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        // Model binding turns a blank code (/indicators/%20) into null.
        if (code is null || !catalogue.Indicators.TryGetValue(code, out var indicator))
        {
            return NotFound();
        }

        var (grades, problem) = GradeFilter.Read(Request.Query);
        if (grades is null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, problem));
        }

        Indicator = indicator;
        GradeSwitch = grades;
        var rows = await IndicatorTable.RowsAsync(db, catalogue, indicator, grades, ct);
        Rows = [.. rows.OrderByDescending(r => r.Period, StringComparer.Ordinal).ThenByDescending(r => r.Value)];
        var counties = Rows.PreferredOfEachFigure().Where(r => r.Subject.Region?.IsCounty == true).ToList();
        Charts = [.. counties.GroupBy(r => r.Period).Select(g => ChartView.OneSeries(
            $"chart-{code}-{g.Key}",
            ImageCaption.FileName(code, g.Key),
            Text.Format(Strings.ChartCountiesTitle, indicator.Name, g.Key),
            indicator.Unit,
            [.. g.Select(r => ChartPoint.From(r.Subject.Name, r, false, Url.Page("/Regions/Details", new { slug = r.Subject.Region!.Slug })))]))];
        Map = MapView.From(indicator, catalogue.Counties, rows.Where(r => r.Subject.Region?.IsCounty == true).ToList(),
            slug => Url.Page("/Regions/Details", new { slug }));
        Sources = [.. rows.Select(r => r.Source!).Distinct()];
        Citation = Citation.ForPage(catalogue, Request, indicator.Name, Url.Page("/Indicators/Details", new { code })!, rows.Select(r => r.SourceId), grades.Query);
        return Page();
    }
}
