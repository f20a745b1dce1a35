using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// What a reader gets when something fails. A database that cannot be reached (down, restarting, locked, too slow)
/// is 503, "try again shortly"; anything else is 500. Pages answer in the reader's language (Pages/Error for
/// exceptions, /status/{code} for 400, 404, 405, 429, 503 ...); /api answers problem+json. Every one carries the
/// request id, which is also in the log line, and none carries a stack trace, SQL or a file path.
/// </summary>
internal static class Errors
{
    // SQLite's result codes for "another connection holds the database": the caller may simply try again.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>The id a reader quotes when reporting a failure; the log line of the failure carries the same.</summary>
    public static string RequestId(HttpContext context) => context.TraceIdentifier;

    /// <summary>The address the reader asked for, also while an error page is being shown in its place.</summary>
    public static PathString OriginalPath(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } statusPath ? new PathString(statusPath)
        : context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } failedPath ? new PathString(failedPath)
        : context.Request.Path;

    /// <summary>True when the failure is the database being out of reach rather than a fault of ours.</summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Retries were spent on transient failures; what is left is an outage.
                case RetryLimitExceededException:
                case TimeoutException:
                case SocketException:
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                    return true;
                // Npgsql marks connection loss, refused connections, shutdowns and timeouts as transient; a transient
                // failure is an outage, not a bug (a syntax error or a constraint violation is not transient).
                case NpgsqlException { IsTransient: true }:
                    return true;
                case PostgresException:
                    return false;
            }
        }

        return false;
    }

    public static int StatusCodeFor(Exception exception) =>
        IsDatabaseUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public static IServiceCollection AddDashboardErrors(this IServiceCollection services)
    {
        services.AddExceptionHandler<LoggingExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => Complete(c.ProblemDetails, c.HttpContext));
        return services;
    }

    /// <summary>
    /// Every problem+json answer has the same members: type, title, status, detail, instance (the address asked for) and
    /// the request id, which the log line also carries (rather than the default W3C traceId). Title and detail are in the
    /// reader's language; an answer that says nothing more specific gets the status's own explanation.
    /// </summary>
    private static void Complete(ProblemDetails problem, HttpContext http)
    {
        var status = problem.Status ?? http.Response.StatusCode;
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? Text.Chinese;
        problem.Status = status;
        problem.Type = ProblemTypes.GetValueOrDefault(status, ProblemTypes[status >= 500 ? 500 : 400]);
        if (problem.Detail is null)
        {
            var (title, detail) = Explain(status);
            // Only the general texts have placeholders: {0} the status in the title, the address in the detail.
            problem.Title = string.Format(culture, Text.In(culture, title), status);
            problem.Detail = string.Format(culture, Text.In(culture, detail), OriginalPath(http).Value);
        }

        problem.Instance = OriginalPath(http).Value + http.Request.QueryString.Value;
        // The framework's trace id, named by the serializer's naming policy (snake_case, as /api writes JSON).
        problem.Extensions.Remove("traceId");
        problem.Extensions.Remove("trace_id");
        problem.Extensions["requestId"] = RequestId(http);
    }

    /// <summary>Where each status is defined (RFC 9110, and RFC 6585 for 429).</summary>
    private static readonly Dictionary<int, string> ProblemTypes = new()
    {
        [StatusCodes.Status400BadRequest] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        [StatusCodes.Status404NotFound] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        [StatusCodes.Status405MethodNotAllowed] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        [StatusCodes.Status429TooManyRequests] = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        [StatusCodes.Status500InternalServerError] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        [StatusCodes.Status503ServiceUnavailable] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
    };

    /// <summary>The title and detail (keys of <see cref="Strings"/>) of a problem that says nothing more specific.</summary>
    private static (string Title, string Detail) Explain(int status) => status switch
    {
        StatusCodes.Status400BadRequest => (nameof(Strings.Status400Title), nameof(Strings.Status400Text)),
        StatusCodes.Status404NotFound => (nameof(Strings.ApiNotFoundTitle), nameof(Strings.ApiNotFoundText)),
        StatusCodes.Status405MethodNotAllowed => (nameof(Strings.Status405Title), nameof(Strings.Status405Text)),
        StatusCodes.Status429TooManyRequests => (nameof(Strings.Status429Title), nameof(Strings.Status429Text)),
        StatusCodes.Status503ServiceUnavailable => (nameof(Strings.Status503Title), nameof(Strings.ApiUnavailableText)),
        StatusCodes.Status500InternalServerError => (nameof(Strings.ErrorTitle), nameof(Strings.ApiErrorText)),
        _ => (nameof(Strings.StatusTitle), nameof(Strings.StatusText)),
    };

    /// <summary>Outside the rest of the pipeline, so that a failure anywhere becomes a friendly answer.</summary>
    public static WebApplication UseDashboardExceptionHandler(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = StatusCodeFor,
            // LoggingExceptionHandler has written the one log line that names the request id.
            SuppressDiagnosticsCallback = _ => true,
        });
        return app;
    }

    /// <summary>
    /// After routing. Run from a build (dotnet run, the tests), MapStaticAssets re-reads wwwroot on each request to pick up
    /// edits, and throws for a file that exists only in the build output, such as /css/site.{hash}.css.gz: it is not
    /// there, so 404. A published app serves its files from its own manifest and never gets here.
    /// </summary>
    public static WebApplication UseMissingStaticFileAsNotFound(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (FileNotFoundException) when (!context.Response.HasStarted && context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        return app;
    }

    /// <summary>
    /// An error status with no body gets one: a page in the reader's language (after localization, so the re-executed
    /// page knows it), or problem+json under /api. Re-executed pages are rendered as GET, whatever method failed.
    /// </summary>
    public static WebApplication UseDashboardStatusCodePages(this WebApplication app)
    {
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), page => page.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Logs every failure once, with its request id; under /api it also writes the problem+json answer.</summary>
    private sealed class LoggingExceptionHandler(IProblemDetailsService problems, ILogger<LoggingExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var status = StatusCodeFor(exception);
            var requestId = RequestId(httpContext);
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                logger.LogWarning(exception, "Request {RequestId} {Method} {Path} answered 503: the database is unavailable",
                    requestId, httpContext.Request.Method, OriginalPath(httpContext).Value);
            }
            else
            {
                logger.LogError(exception, "Request {RequestId} {Method} {Path} failed",
                    requestId, httpContext.Request.Method, OriginalPath(httpContext).Value);
            }

            // Request.Path is already the handler's /Error here; the reader asked for the original one.
            if (!OriginalPath(httpContext).StartsWithSegments("/api"))
            {
                // Pages/Error answers, in the reader's language.
                return false;
            }

            httpContext.Response.StatusCode = status;
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                httpContext.Response.Headers.RetryAfter = "30";
            }

            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = { Status = status } });
        }
    }
}
