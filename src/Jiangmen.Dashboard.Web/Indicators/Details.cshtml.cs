using System.Globalization;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>
/// One indicator across every subject that has it: the map and the ranking of the counties for one year (?year=, by
/// default the latest year with the most counties), one line per county over the years where there are two or more,
/// the city's own line, and the full table.
/// </summary>
public sealed class DetailsModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public IndicatorInfo Indicator { get; private set; } = null!;
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    /// <summary>Lines over the years: the counties', and the city's (never on one axis with its own counties).</summary>
    public IReadOnlyList<ChartView> Lines { get; private set; } = [];
    /// <summary>The year of the ranking and the map, and the years that can be chosen instead (the latest first).</summary>
    public string? Year { get; private set; }
    public IReadOnlyList<string> Years { get; private set; } = [];
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
        var (year, yearProblem) = YearParameter.Read(Request.Query);
        if (grades is null || yearProblem is not null)
        {
            return StatusCode(GradeFilter.Refuse(HttpContext, yearProblem ?? problem));
        }

        Indicator = indicator;
        GradeSwitch = grades;
        var rows = await IndicatorTable.RowsAsync(db, catalogue, indicator, grades, ct);
        Rows = [.. rows.OrderByDescending(r => r.Period, StringComparer.Ordinal).ThenByDescending(r => r.Value)];
        var charted = Rows.PreferredOfEachFigure().ToList();
        var counties = charted.Where(r => r.Subject.Region?.IsCounty == true).ToList();
        Years = [.. counties.Select(r => r.Period).Distinct().OrderDescending(StringComparer.Ordinal)];
        if (year is not null && !Years.Contains(year))
        {
            // A year no county has a figure of: there is no such ranking.
            return NotFound();
        }

        Year = year ?? (counties.Count > 0 ? MapView.CommonPeriod(counties) : null);
        Charts = [.. counties.Where(r => r.Period == Year).GroupBy(r => r.Period).Select(g => ChartView.OneSeries(
            $"chart-{code}-{g.Key}",
            ImageCaption.FileName(code, g.Key),
            Text.Format(Strings.ChartCountiesTitle, indicator.Name, g.Key),
            indicator.Unit,
            [.. g.Select(r => ChartPoint.From(r.Subject.Name, r, false, Url.Page("/Regions/Details", new { slug = r.Subject.Region!.Slug })))]))];
        Lines = [.. new[]
        {
            ChartView.OverTheYears($"lines-{code}", $"lines-{code}", "", Text.Format(Strings.IndicatorLinesTitle, indicator.Name), indicator.Unit, counties),
            ChartView.OverTheYears($"lines-{code}-city", $"lines-{code}-city", "", Text.Format(Strings.IndicatorCityLineTitle, indicator.Name, catalogue.City.Name),
                indicator.Unit, [.. charted.Where(r => r.Subject.Region?.Code == catalogue.City.Code)]),
        }.OfType<ChartView>()];
        Map = MapView.From(indicator, catalogue.Counties, rows.Where(r => r.Subject.Region?.IsCounty == true).ToList(),
            slug => Url.Page("/Regions/Details", new { slug }), Year);
        Sources = [.. rows.Select(r => r.Source!).Distinct()];
        Citation = Citation.ForPage(catalogue, Request, indicator.Name, Url.Page("/Indicators/Details", new { code })!, rows.Select(r => r.SourceId), grades.Query,
            (YearParameter.Name, year ?? ""));
        return Page();
    }
}
