using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// Up to eight regions side by side: the table (indicators as rows, or swapped), one grouped chart per unit,
/// and a plain GET form that builds the address. Bad parameters answer 400 with what is wrong and what is valid.
/// </summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public CompareResult Result { get; private set; } = null!;
    public bool RegionsAsRows { get; private set; }
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    public Citation? Citation { get; private set; }

    /// <summary>The table's column heads: the regions, or with rows=regions the indicators, each linked to its page.</summary>
    public IEnumerable<(string Name, string? Href)> ColumnHeads => RegionsAsRows
        ? Result.Indicators.Select(i => (i.Name, Url.Page("/Indicators/Details", new { code = i.Code })))
        : Result.Regions.Select(r => (r.Name, Url.Page("/Regions/Details", new { slug = r.Slug })));

    /// <summary>The table's rows: each with its name and the region and indicator of each of its cells.</summary>
    public IEnumerable<(string Name, IEnumerable<(RegionInfo Region, IndicatorInfo Indicator)> Cells)> TableRows => RegionsAsRows
        ? Result.Regions.Select(r => (r.Name, Result.Indicators.Select(i => (r, i))))
        : Result.Indicators.Select(i => (i.Name, Result.Regions.Select(r => (r, i))));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var catalogue = await catalogues.GetAsync(ct);
        Result = await CompareQuery.RunAsync(db, catalogue, Request.Query, ct);
        var rows = Request.Query["rows"].ToString();
        if (rows is not ("" or "indicators" or "regions"))
        {
            Result = Result with { Errors = [.. Result.Errors, Text.Format(Strings.CompareBadRows, Text.Shorten(rows))] };
        }

        RegionsAsRows = rows == "regions";
        if (Result.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Charts = [.. Result.Indicators
            .Where(i => Result.Regions.Any(r => Result.Cell(r, i) is not null))
            .GroupBy(i => i.Unit)
            .Select(unit => new ChartView(
                $"chart-compare-{unit.First().Code}",
                ImageCaption.FileName(["compare", .. unit.Select(i => i.Code), .. unit.Select(ChartPeriod).Distinct().Order(StringComparer.Ordinal)]),
                string.Join(Strings.ListSeparator, unit.Select(i => i.Name)),
                unit.Key,
                [.. Result.Regions.Select(r => new ChartLabel(r.Name, Url.Page("/Regions/Details", new { slug = r.Slug })))],
                [.. unit.Select(Series)]))];
        // The address names the chosen regions and indicators explicitly (defaults resolved), so it reopens the same
        // table even if the defaults change; the sources are those of the cells shown.
        Citation = Citation.ForPage(catalogue, Request, Text.Format(Strings.CompareCiteTitle,
                string.Join(Strings.ListSeparator, Result.Regions.Select(r => r.Name)), string.Join(Strings.ListSeparator, Result.Indicators.Select(i => i.Name))),
            Url.Page("/Compare/Index")!, Result.ShownSourceIds, Result.Query(RegionsAsRows));
    }

    /// <summary>
    /// One indicator's bars, all of one period (the latest any chosen region has): a chart never sets 2022 beside
    /// 2023. The table shows every region's latest value with its period.
    /// </summary>
    private ChartSeries Series(IndicatorInfo indicator)
    {
        var period = ChartPeriod(indicator);
        return new ChartSeries(
            $"{indicator.Name} ({period})",
            [.. Result.Regions.Select(r => Result.Cell(r, indicator) is { } f && f.Period == period ? ChartValue.From(f, false) : null)]);
    }

    private string ChartPeriod(IndicatorInfo indicator) =>
        Result.Regions.Select(r => Result.Cell(r, indicator)?.Period).OfType<string>().Max(StringComparer.Ordinal)!;
}
