using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Indicators;

/// <summary>The table of /indicators: every indicator, by code, with its coverage.</summary>
internal static class IndicatorCatalogue
{
    public static async Task<Table<IndicatorRow>> LoadAsync(HttpContext http, DashboardContext db, Catalogue catalogue, CancellationToken ct)
    {
        var regions = await db.Observations
            .GroupBy(o => o.IndicatorCode)
            .Select(g => new { Code = g.Key, Regions = g.Where(o => o.RegionCode != null).Select(o => o.RegionCode).Distinct().Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Regions, ct);
        var periods = (await db.Observations.Select(o => new { o.IndicatorCode, o.Period }).Distinct().ToListAsync(ct))
            .ToLookup(x => x.IndicatorCode, x => x.Period);
        // The catalogue's counts and periods come from every figure, so its sources are those of every figure.
        var sources = await db.Observations.Select(o => o.SourceId).Distinct().ToListAsync(ct);
        var rows = catalogue.IndicatorList
            .Select(i => new IndicatorRow(i, regions.GetValueOrDefault(i.Code), [.. periods[i.Code].Order(StringComparer.Ordinal)]))
            .ToList();
        return Table.Of("indicators", Bilingual.Get(nameof(Strings.IndicatorsTitle)), Links.Page(http, "/Indicators/Index"),
            IndicatorRow.Columns, rows, sources);
    }
}
