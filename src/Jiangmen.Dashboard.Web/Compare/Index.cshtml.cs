using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// Up to eight regions side by side: first the choice (regions, then indicators with how many of the chosen regions
/// have each, presets, the year), then the table (indicators as rows, or swapped) and one grouped chart per unit, both
/// by the one period rule of <see cref="CompareQuery"/>. A plain GET form builds the address; a preset is resolved into
/// the address of its indicators. Bad parameters answer 400 with what is wrong and what is valid.
/// </summary>
public sealed class IndexModel(DashboardContext db, CatalogueCache catalogues) : PageModel
{
    public CompareResult Result { get; private set; } = null!;
    public bool RegionsAsRows { get; private set; }
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    public Citation? Citation { get; private set; }

    /// <summary>The table's column heads: the regions, or with rows=regions the indicators (with their period), each linked to its page.</summary>
    public IEnumerable<(string Name, string? Period, string? Href)> ColumnHeads => RegionsAsRows
        ? Result.Indicators.Select(i => (i.Name, Result.PeriodOf(i), Url.Page("/Indicators/Details", new { code = i.Code })))
        : Result.Regions.Select(r => (r.Name, (string?)null, Url.Page("/Regions/Details", new { slug = r.Slug })));

    /// <summary>The table's rows: each with its name, its period (an indicator's), and the region and indicator of each of its cells.</summary>
    public IEnumerable<(string Name, string? Period, IEnumerable<(RegionInfo Region, IndicatorInfo Indicator)> Cells)> TableRows => RegionsAsRows
        ? Result.Regions.Select(r => (r.Name, (string?)null, Result.Indicators.Select(i => (r, i))))
        : Result.Indicators.Select(i => (i.Name, Result.PeriodOf(i), Result.Regions.Select(r => (r, i))));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
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
            return Page();
        }

        if (Request.Query.ContainsKey(CompareQuery.PresetParameter))
        {
            // A preset is a way to choose: the view it gives has the address of its indicators, which a link reproduces.
            return Redirect(Address(Result.Query(RegionsAsRows)));
        }

        // The city total is a row of the table, never a bar beside its own counties.
        var charted = Result.Regions.Where(r => r.Code != catalogue.City.Code).ToList();
        Charts = [.. Result.Indicators
            .Where(i => charted.Any(r => Result.Cell(r, i) is not null))
            .GroupBy(i => i.Unit)
            .Select(unit => new ChartView(
                $"chart-compare-{unit.First().Code}",
                ImageCaption.FileName(["compare", .. unit.Select(i => i.Code), .. unit.Select(i => Result.PeriodOf(i)!).Distinct().Order(StringComparer.Ordinal)]),
                Text.Format(Strings.CompareChartTitle, string.Join(Strings.ListSeparator, unit.Select(i => i.Name)),
                    string.Join(Strings.ListSeparator, unit.Select(i => Result.PeriodOf(i)!).Distinct().Order(StringComparer.Ordinal))),
                unit.Key,
                [.. charted.Select(r => new ChartLabel(r.Name, Url.Page("/Regions/Details", new { slug = r.Slug })))],
                [.. unit.Select(i => new ChartSeries(
                    Text.Format(Strings.CompareChartTitle, i.Name, Result.PeriodOf(i)!),
                    [.. charted.Select(r => Result.Cell(r, i) is { } f ? ChartValue.From(f, false) : null)]))]))];
        // The address names the chosen regions and indicators explicitly (defaults resolved), so it reopens the same
        // table even if the defaults change; the sources are those of the cells shown.
        Citation = Citation.ForPage(catalogue, Request, Text.Format(Strings.CompareCiteTitle,
                string.Join(Strings.ListSeparator, Result.Regions.Select(r => r.Name)), string.Join(Strings.ListSeparator, Result.Indicators.Select(i => i.Name))),
            Url.Page("/Compare/Index")!, Result.ShownSourceIds, Result.Query(RegionsAsRows));
        return Page();
    }

    /// <summary>This page's address with the given parameters (empty ones left out).</summary>
    public string Address(IEnumerable<(string Key, string Value)> query) =>
        QueryHelpers.AddQueryString(Url.Page("/Compare/Index")!, query.Where(q => q.Value.Length > 0).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value)));

    /// <summary>The same view for another year: where a gap's region has its latest value.</summary>
    public string AddressForYear(string year) =>
        Address(Result.Query(RegionsAsRows).Select(q => q.Key == YearParameter.Name ? (q.Key, year) : q));

    /// <summary>The same view with the rows no chosen region has shown.</summary>
    public string AddressShowingEmpty =>
        Address(Result.Query(RegionsAsRows).Select(q => q.Key == CompareQuery.EmptyParameter ? (q.Key, CompareQuery.ShowEmpty) : q));
}
