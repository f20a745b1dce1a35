using System.Globalization;
using System.Text.RegularExpressions;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>
/// /api/observations: figures filtered by region, indicator and period, paged in a stable order, with the neighbouring
/// pages in a Link header and in the body. The same filters answer text/csv (?format=csv, or Accept: text/csv): every
/// figure they select, streamed, unless page or pageSize asks for one page.
/// </summary>
internal static partial class ObservationsApi
{
    public const int MaxPageSize = 1000;

    public const int DefaultPageSize = 100;

    /// <summary>Far beyond the data; keeps (page - 1) * pageSize well inside an int, so the offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Paging parameters are parsed here, not bound, so a bad one is named in a 400 like any other.</summary>
    public static async Task<IResult> GetObservations(string? region, string? indicator, string? period, string? page, string? pageSize, string? format,
        DashboardContext db, CatalogueCache catalogues, HttpContext http, CancellationToken ct)
    {
        if (!TryWhole(page, 1, out var number) || number is < 1 or > MaxPage)
        {
            return ApiAnswers.Invalid("page", Text.Format(Strings.ApiPageInvalid, MaxPage));
        }

        if (!TryWhole(pageSize, DefaultPageSize, out var size) || size is < 1 or > MaxPageSize)
        {
            return ApiAnswers.Invalid("pageSize", Text.Format(Strings.ApiPageSizeInvalid, MaxPageSize));
        }

        if (period is not null && !PeriodPattern().IsMatch(period))
        {
            return ApiAnswers.Invalid("period", Strings.ApiPeriodInvalid);
        }

        if (format is not (null or "json" or "csv"))
        {
            return ApiAnswers.Invalid("format", Strings.ApiFormatInvalid);
        }

        var (grades, gradeProblem) = GradeFilter.Read(http.Request.Query);
        if (grades is null)
        {
            return ApiAnswers.Invalid(GradeFilter.Parameter, gradeProblem);
        }

        var catalogue = await catalogues.GetAsync(ct);
        var filters = Filters(region, indicator, period, grades, catalogue);
        if (filters.Problem is { } problem)
        {
            return problem;
        }

        // The answer depends on Accept as well as on the address.
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (format == "csv" || (format is null && AcceptsCsv(http.Request)))
        {
            return Csv(http, catalogue, filters.Apply, page is null && pageSize is null ? null : (number, size), ct);
        }

        var query = filters.Apply(db.Observations);
        var items = await catalogue.RowsAsync(query.OrderBy(o => o.Id).Skip((number - 1) * size).Take(size), ct);
        // A page that is not full is the last: it gives the total without a count (most filters fit in one page).
        var total = items.Count < size && (items.Count > 0 || number == 1) ? ((number - 1) * size) + items.Count : await query.CountAsync(ct);
        var links = Links(http.Request, number, size, total);
        http.Response.Headers.Append("Link", string.Join(", ",
            new[] { ("first", links.First), ("prev", links.Prev), ("next", links.Next), ("last", links.Last) }
                .Where(l => l.Item2 is not null).Select(l => $"<{l.Item2}>; rel=\"{l.Item1}\"")));
        return ApiAnswers.Tagged(http, new ObservationPage([.. items.Select(ObservationDto.From)], number, size, total, links));
    }

    /// <summary>The filters as a query, or the 400 that names the unknown region or indicator.</summary>
    private static (Func<IQueryable<Observation>, IQueryable<Observation>> Apply, IResult? Problem) Filters(
        string? region, string? indicator, string? period, GradeFilter grades, Catalogue catalogue)
    {
        string? regionCode = null;
        if (region is not null)
        {
            if (catalogue.RegionBySlugOrCode(region) is not { } found)
            {
                return (q => q, ApiAnswers.Invalid("region", Text.Format(Strings.ApiUnknownRegion, Text.Shorten(region), string.Join(", ", catalogue.RegionList.Select(r => r.Slug)))));
            }

            regionCode = found.Code;
        }

        if (indicator is not null && !catalogue.Indicators.ContainsKey(indicator))
        {
            return (q => q, ApiAnswers.Invalid("indicator", Text.Format(Strings.ApiUnknownIndicator, Text.Shorten(indicator), string.Join(", ", catalogue.IndicatorList.Select(i => i.Code)))));
        }

        return (q =>
        {
            q = grades.Apply(q, catalogue);
            if (regionCode is not null)
            {
                q = q.Where(o => o.RegionCode == regionCode);
            }

            if (indicator is not null)
            {
                q = q.Where(o => o.IndicatorCode == indicator);
            }

            return period is null ? q : q.Where(o => o.Period == period);
        }, null);
    }

    /// <summary>The figures as CSV in the API's order, read on the streaming context as the bulk export does.</summary>
    private static IResult Csv(HttpContext http, Catalogue catalogue, Func<IQueryable<Observation>, IQueryable<Observation>> filter, (int Number, int Size)? page, CancellationToken ct)
    {
        if (Freshness.IsFreshDownload(http, catalogue))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var streaming = http.RequestServices.GetRequiredKeyedService<DashboardContext>(AllObservations.Streaming);
        var query = filter(streaming.Observations).OrderBy(o => o.Id).AsQueryable();
        if (page is { } p)
        {
            query = query.Skip((p.Number - 1) * p.Size).Take(p.Size);
        }

        return new WrittenResult(async () =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{CsvFile.Name("observations", ".csv")}\"";
            await CsvFile.WriteAsync(http.Response.Body, ObservationRow.Columns, catalogue.StreamAsync(query, ct), ct);
        });
    }

    /// <summary>text/csv is asked for and preferred to JSON (a higher quality, or the same and named first).</summary>
    private static bool AcceptsCsv(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).ToList();
        var csv = accepted.FindIndex(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        var json = accepted.FindIndex(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || a.MatchesAllTypes);
        return csv >= 0 && (json < 0 || csv < json);
    }

    private static ObservationLinks Links(HttpRequest request, int number, int size, int total)
    {
        var last = Math.Max(1, (total + size - 1) / size);
        string To(int target)
        {
            var query = request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => q.Value);
            query["page"] = target.ToString(CultureInfo.InvariantCulture);
            return QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", query);
        }

        return new ObservationLinks(To(number), To(1), number > 1 ? To(Math.Min(number - 1, last)) : null, number < last ? To(number + 1) : null, To(last));
    }

    private static bool TryWhole(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex("^[0-9]{4}(Q[1-4])?$")]
    private static partial Regex PeriodPattern();
}
