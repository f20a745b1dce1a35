using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jiangmen.Dashboard.Web.Compare;

/// <summary>
/// Up to eight regions side by side: the table (indicators as rows, or swapped), one grouped chart per unit,
/// and a plain GET form that builds the address. Bad parameters answer 400 with what is wrong and what is valid.
/// </summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    public CompareQuery.Result Result { get; private set; } = null!;
    public bool RegionsAsRows { get; private set; }
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    public Citation? Citation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await CompareQuery.RunAsync(db, Request.Query, ct);
        var rows = Request.Query["rows"].ToString();
        if (rows is not ("" or "indicators" or "regions"))
        {
            Result = Result with { Errors = [.. Result.Errors, Text.Format(Strings.CompareBadRows, rows.Length <= 40 ? rows : rows[..40] + "…")] };
        }

        RegionsAsRows = rows == "regions";
        if (Result.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Charts = Result.Indicators
            .Where(i => Result.Regions.Any(r => Result.Cells.ContainsKey((r.Key, i.Key))))
            .GroupBy(i => Result.Cells.First(c => c.Key.Indicator == i.Key).Value.Unit)
            .Select(unit => new ChartView(
                $"chart-compare-{unit.First().Key}",
                ImageCaption.FileName(["compare", .. unit.Select(i => i.Key), .. unit.Select(ChartPeriod).Distinct().Order(StringComparer.Ordinal)]),
                string.Join(Strings.ListSeparator, unit.Select(i => Text.Pick(i.NameZh, i.NameEn))),
                unit.Key,
                Result.Regions.Select(r => new ChartLabel(Text.Pick(r.NameZh, r.NameEn), Url.Page("/Regions/Details", new { slug = r.Key }))).ToList(),
                unit.Select(i => Series(i)).ToList()))
            .ToList();
        Citation = await CitationAsync(ct);
    }

    /// <summary>
    /// The view's citation: its address names the chosen regions and indicators explicitly (defaults resolved), so it
    /// reopens the same table even if the defaults change; the sources are those of the cells shown.
    /// </summary>
    private Task<Citation> CitationAsync(CancellationToken ct)
    {
        var shown = Result.Regions.SelectMany(r => Result.Indicators.Select(i => (r.Key, i.Key)))
            .Select(key => Result.Cells.GetValueOrDefault(key)?.SourceId)
            .OfType<string>();
        var title = Text.Format(Strings.CompareCiteTitle,
            string.Join(Strings.ListSeparator, Result.Regions.Select(Name)),
            string.Join(Strings.ListSeparator, Result.Indicators.Select(Name)));
        return Citation.ForPageAsync(db, Request, title, Url.Page("/Compare/Index")!, shown, ct, Query(Result, RegionsAsRows));
    }

    /// <summary>The parameters that define a compare view, in the one order its permanent address uses.</summary>
    public static (string Key, string Value)[] Query(CompareQuery.Result result, bool regionsAsRows) =>
    [
        ("regions", string.Join(',', result.Regions.Select(r => r.Key))),
        ("indicators", string.Join(',', result.Indicators.Select(i => i.Key))),
        ("rows", regionsAsRows ? "regions" : ""),
    ];

    /// <summary>
    /// One indicator's bars, all of one period (the latest any chosen region has): a chart never sets 2022 beside
    /// 2023. The table shows every region's latest value with its period.
    /// </summary>
    private ChartSeries Series(CompareQuery.Choice indicator)
    {
        var period = ChartPeriod(indicator);
        return new ChartSeries(
            $"{Text.Pick(indicator.NameZh, indicator.NameEn)} ({period})",
            Result.Regions.Select(r => Result.Cells.TryGetValue((r.Key, indicator.Key), out var f) && f.Period == period
                ? ChartValue.From(f, false)
                : null).ToList());
    }

    public string Name(CompareQuery.Choice option) => Text.Pick(option.NameZh, option.NameEn);

    private string ChartPeriod(CompareQuery.Choice indicator) =>
        Result.Cells.Where(c => c.Key.Indicator == indicator.Key && Result.Regions.Any(r => r.Key == c.Key.Region)).Max(c => c.Value.Period)!;
}
