using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Jiangmen.Dashboard.Web.Compare;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Api;

/// <summary>
/// The same data as JSON: invariant numbers, names in both languages, problem+json errors with the pages'
/// validation, and an ETag on every answer so clients revalidate instead of downloading again.
/// </summary>
internal static partial class ApiEndpoints
{
    public const int MaxPageSize = 1000;

    /// <summary>Far beyond the data; keeps (page - 1) * pageSize well inside an int, so the offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Chinese as characters, not \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Data");

        api.MapGet("/regions", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
            Tagged(http, await db.Regions.AsNoTracking().OrderBy(r => r.Code)
                .Select(r => new RegionDto(r.Code, r.Slug, r.NameZh, r.NameEn, Kind(r.Kind), r.ParentCode))
                .ToListAsync(ct)))
            .WithSummary("Every region: the city, its seven county-level units and the towns the sources name.");

        api.MapGet("/indicators", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
            Tagged(http, await db.Indicators.AsNoTracking().OrderBy(i => i.Code)
                .Select(i => new IndicatorDto(i.Code, i.NameZh, i.NameEn, i.UnitZh, i.UnitEn, i.CategoryCode, i.Decimals))
                .ToListAsync(ct)))
            .WithSummary("The indicator catalogue.");

        api.MapGet("/observations", async (string? region, string? indicator, string? period, string? page, string? pageSize,
                DashboardContext db, HttpContext http, CancellationToken ct) =>
            {
                // Paging parameters are parsed here, not bound, so a bad one is named in a 400 like any other.
                if (!TryWhole(page, 1, out var number) || number is < 1 or > MaxPage)
                {
                    return Invalid("page", $"page must be a whole number between 1 and {MaxPage}.");
                }

                if (!TryWhole(pageSize, 100, out var size) || size is < 1 or > MaxPageSize)
                {
                    return Invalid("pageSize", $"pageSize must be a whole number between 1 and {MaxPageSize}.");
                }

                if (period is not null && !PeriodPattern().IsMatch(period))
                {
                    return Invalid("period", "period must be a year such as 2023 (or a quarter such as 2023Q1).");
                }

                var query = db.Observations.AsNoTracking();
                if (region is not null)
                {
                    var code = await db.Regions.Where(r => r.Slug == region || r.Code == region).Select(r => r.Code).FirstOrDefaultAsync(ct);
                    if (code is null)
                    {
                        return Invalid("region", $"Unknown region '{Shorten(region)}'. Valid values: {string.Join(", ", await db.Regions.OrderBy(r => r.Code).Select(r => r.Slug).ToListAsync(ct))}");
                    }

                    query = query.Where(o => o.RegionCode == code);
                }

                if (indicator is not null)
                {
                    if (!await db.Indicators.AnyAsync(i => i.Code == indicator, ct))
                    {
                        return Invalid("indicator", $"Unknown indicator '{Shorten(indicator)}'. Valid values: {string.Join(", ", await db.Indicators.OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(ct))}");
                    }

                    query = query.Where(o => o.IndicatorCode == indicator);
                }

                if (period is not null)
                {
                    query = query.Where(o => o.Period == period);
                }

                var total = await query.CountAsync(ct);
                var items = (await query.OrderBy(o => o.Id)
                        .Skip((number - 1) * size).Take(size)
                        .Select(FigureQueries.ToFigure)
                        .ToListAsync(ct))
                    .Select(ObservationDto.From)
                    .ToList();
                return Tagged(http, new ObservationPage(items, number, size, total));
            })
            .WithSummary("Observations, filtered by region (slug or code), indicator and period; paged in a stable order.");

        api.MapGet("/compare", async (DashboardContext db, HttpContext http, CancellationToken ct) =>
            {
                var result = await CompareQuery.RunAsync(db, http.Request.Query, ct);
                if (result.Errors.Count > 0)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid comparison", detail: string.Join(" ", result.Errors));
                }

                return Tagged(http, new
                {
                    Regions = result.Regions.Select(r => r.Key),
                    Indicators = result.Indicators.Select(i => i.Key),
                    Cells = result.Regions.SelectMany(r => result.Indicators.Select(i => result.Cells.TryGetValue((r.Key, i.Key), out var f)
                        ? new CompareCell(r.Key, i.Key, f.Period, f.Value, ObservationCsvRow.QualifierCode(f.Qualifier), f.SourceId, f.Quote)
                        : new CompareCell(r.Key, i.Key, null, null, null, null, null))),
                });
            })
            .WithSummary("The comparison table: for each region and indicator, the latest value any source gives, or nulls.");

        return app;
    }

    /// <summary>Answers 304 when the client already holds this exact content, else the JSON with its ETag.</summary>
    private static IResult Tagged<T>(HttpContext http, T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..32] + "\"";
        // Always revalidate: an answer is never served stale after a reseed, and an unchanged one costs a 304.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }

    private static IResult Invalid(string parameter, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid parameter '{parameter}'", detail: detail,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    private static bool TryWhole(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static string Kind(RegionKind kind) => kind switch
    {
        RegionKind.City => "city",
        RegionKind.District => "district",
        RegionKind.CountyCity => "county_city",
        _ => "town",
    };

    [GeneratedRegex("^[0-9]{4}(Q[1-4])?$")]
    private static partial Regex PeriodPattern();

    internal sealed record RegionDto(string Code, string Slug, string NameZh, string NameEn, string Kind, string? Parent);

    internal sealed record IndicatorDto(string Code, string NameZh, string NameEn, string UnitZh, string UnitEn, string Category, int Decimals);

    internal sealed record ObservationPage(IReadOnlyList<ObservationDto> Items, int Page, int PageSize, int Total);

    internal sealed record CompareCell(string Region, string Indicator, string? Period, decimal? Value, string? Qualifier, string? Source, string? Quote);

    internal sealed record ObservationDto(
        string SubjectKind, string SubjectCode, string SubjectNameZh, string SubjectNameEn, string Indicator, string Period,
        decimal Value, string UnitEn, string UnitZh, string Qualifier, string Source, string SourceTitle, string? SourceUrl, string Quote)
    {
        public static ObservationDto From(FigureData f) =>
            new(ObservationCsvRow.SubjectKindCode(f.SubjectKind), f.SubjectCode, f.SubjectZh, f.SubjectEn, f.IndicatorCode, f.Period,
                DecimalValue.Normalize(f.Value), f.UnitEn, f.UnitZh, ObservationCsvRow.QualifierCode(f.Qualifier), f.SourceId, f.SourceEn, f.SourceUrl, f.Quote);
    }
}
