using System.Globalization;
using System.Text.RegularExpressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>/api/observations: figures filtered by region, indicator and period, paged in a stable order.</summary>
internal static partial class ObservationsApi
{
    public const int MaxPageSize = 1000;

    /// <summary>Far beyond the data; keeps (page - 1) * pageSize well inside an int, so the offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Paging parameters are parsed here, not bound, so a bad one is named in a 400 like any other.</summary>
    public static async Task<IResult> GetObservations(string? region, string? indicator, string? period, string? page, string? pageSize,
        DashboardContext db, CatalogueCache catalogues, HttpContext http, CancellationToken ct)
    {
        if (!TryWhole(page, 1, out var number) || number is < 1 or > MaxPage)
        {
            return ApiAnswers.Invalid("page", $"page must be a whole number between 1 and {MaxPage}.");
        }

        if (!TryWhole(pageSize, 100, out var size) || size is < 1 or > MaxPageSize)
        {
            return ApiAnswers.Invalid("pageSize", $"pageSize must be a whole number between 1 and {MaxPageSize}.");
        }

        if (period is not null && !PeriodPattern().IsMatch(period))
        {
            return ApiAnswers.Invalid("period", "period must be a year such as 2023 (or a quarter such as 2023Q1).");
        }

        var catalogue = await catalogues.GetAsync(ct);
        var query = db.Observations.AsQueryable();
        if (region is not null)
        {
            if (catalogue.RegionBySlugOrCode(region) is not { } found)
            {
                return ApiAnswers.Invalid("region", $"Unknown region '{Text.Shorten(region)}'. Valid values: {string.Join(", ", catalogue.RegionList.Select(r => r.Slug))}");
            }

            query = query.Where(o => o.RegionCode == found.Code);
        }

        if (indicator is not null)
        {
            if (!catalogue.Indicators.ContainsKey(indicator))
            {
                return ApiAnswers.Invalid("indicator", $"Unknown indicator '{Text.Shorten(indicator)}'. Valid values: {string.Join(", ", catalogue.IndicatorList.Select(i => i.Code))}");
            }

            query = query.Where(o => o.IndicatorCode == indicator);
        }

        if (period is not null)
        {
            query = query.Where(o => o.Period == period);
        }

        var total = await query.CountAsync(ct);
        var items = await catalogue.RowsAsync(query.OrderBy(o => o.Id).Skip((number - 1) * size).Take(size), ct);
        return ApiAnswers.Tagged(http, new ObservationPage([.. items.Select(ObservationDto.From)], number, size, total));
    }

    private static bool TryWhole(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex("^[0-9]{4}(Q[1-4])?$")]
    private static partial Regex PeriodPattern();
}
