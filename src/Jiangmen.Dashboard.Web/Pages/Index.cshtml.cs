using System.Globalization;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Pages;

/// <summary>The city and its seven counties, each with every figure the loaded sources give for it.</summary>
public sealed class IndexModel(DashboardContext db) : PageModel
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public IReadOnlyList<RegionFigures> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking()
            .Where(r => r.Kind != RegionKind.Town)
            .OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Slug, r.NameZh, r.NameEn })
            .ToListAsync(ct);

        var figures = await db.Observations.AsNoTracking()
            .Where(o => o.RegionCode != null && o.Region!.Kind != RegionKind.Town)
            .OrderBy(o => o.Indicator!.Category!.Sort).ThenBy(o => o.IndicatorCode).ThenBy(o => o.Period)
            .Select(o => new
            {
                o.RegionCode,
                o.IndicatorCode,
                IndicatorZh = o.Indicator!.NameZh,
                o.Indicator.UnitZh,
                o.Indicator.Decimals,
                o.Period,
                o.Value,
                o.Qualifier,
                SourceTitle = o.Source!.TitleZh,
                o.Quote,
            })
            .ToListAsync(ct);

        Regions = regions.Select(r => new RegionFigures(r.Slug, r.NameZh, r.NameEn,
            figures.Where(f => f.RegionCode == r.Code)
                .Select(f => new Figure(f.IndicatorCode, f.IndicatorZh, Format(f.Value, f.Decimals, f.Qualifier), f.UnitZh, f.Period, f.SourceTitle, f.Quote))
                .ToList())).ToList();
    }

    private static string Format(decimal value, int decimals, Qualifier qualifier)
    {
        var number = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Chinese);
        return qualifier switch
        {
            Qualifier.MoreThan => "超过 " + number,
            Qualifier.AtLeast => "至少 " + number,
            Qualifier.About => "约 " + number,
            _ => number,
        };
    }

    public sealed record RegionFigures(string Slug, string NameZh, string NameEn, IReadOnlyList<Figure> Figures);

    public sealed record Figure(string IndicatorCode, string IndicatorZh, string Value, string UnitZh, string Period, string SourceTitle, string Quote);
}
