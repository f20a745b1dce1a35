using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Jiangmen.Dashboard.Web.Shared;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Jiangmen.Dashboard.Web.Hosting;

/// <summary>
/// /openapi/v1.json, the data contract: every operation of the API and of the downloads with its parameters, its
/// answers (200 with a schema, 304, the 4xx and 5xx it can give, problem+json under /api) and their headers. The
/// framework describes what the endpoints declare (summaries, names, parameters, Produces); this completes what every
/// operation of a kind shares. Redocly's recommended rules lint it, and the tests check every answer against it.
/// </summary>
internal static class OpenApiDescription
{
    private const string Problem = "Problem";

    /// <summary>The types of a download's .metadata.json, written camelCase like metadata.schema.json (the API is snake_case).</summary>
    private static readonly HashSet<Type> MetadataTypes =
        [typeof(TableMetadata), typeof(MetadataFile), typeof(CsvFormat), typeof(ColumnMetadata), typeof(SourceMetadata), typeof(Bilingual)];

    public static IServiceCollection AddDashboardOpenApi(this IServiceCollection services)
    {
        // How /api writes JSON (ApiAnswers), and so how the description names its members: snake_case, Chinese as characters.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Numbers are numbers, in answers and in the schemas (not "a number or a string").
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(o =>
        {
            o.AddSchemaTransformer((schema, context, _) =>
            {
                if (schema.Properties is { Count: > 0 } properties)
                {
                    if (MetadataTypes.Contains(context.JsonTypeInfo.Type))
                    {
                        schema.Properties = properties.ToDictionary(p => CamelCase(p.Key), p => p.Value);
                    }

                    // Every member is always written, null where there is nothing.
                    schema.Required = new HashSet<string>(schema.Properties.Keys);
                    if (schema.Properties.TryGetValue(SourceGrade, out var grade) && grade is OpenApiSchema gradeSchema)
                    {
                        gradeSchema.Description = GradeDescription;
                        // A comparison's gap has none (null); where there is always one, it is one of the codes.
                        if (gradeSchema.Type == JsonSchemaType.String)
                        {
                            gradeSchema.Enum = [.. Data.Seeding.SeedReader.Grades.Keys.Select(code => (JsonNode)code)];
                        }
                    }
                }

                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                Complete(document);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>A query parameter, for an endpoint's own description (<c>AddOpenApiOperationTransformer</c>).</summary>
    public static void Query(OpenApiOperation operation, string name, string description, OpenApiSchema schema)
    {
        operation.Parameters ??= [];
        var existing = operation.Parameters.FirstOrDefault(p => p.Name == name);
        if (existing is not null)
        {
            operation.Parameters.Remove(existing);
        }

        operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema });
    }

    /// <summary>The member and column that say how official a figure's source is.</summary>
    private const string SourceGrade = "source_grade";

    private const string GradeDescription =
        "How close to the publisher the text read was: official (the publisher's own page), official_copy (the official text " +
        "read in a copy), research_compilation, research_dataset or secondary (seeds/README.md, Grades); in /api/compare, null for a gap.";

    /// <summary>The "official releases only" switch, on an operation whose view applies it.</summary>
    public static void Grade(OpenApiOperation operation) =>
        Query(operation, GradeFilter.Parameter,
            "official: only figures whose source is graded official or official_copy (the official text read in a copy); " +
            "absent: every source's figures.", OneOf(GradeFilter.Official));

    /// <summary>Describes the switch on downloads whose table applies it.</summary>
    public static TBuilder WithGradeParameter<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            Grade(operation);
            return Task.CompletedTask;
        });

    public static OpenApiSchema Text(string? pattern = null) => new() { Type = JsonSchemaType.String, Pattern = pattern };

    public static OpenApiSchema OneOf(params string[] values) => new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)v)] };

    public static OpenApiSchema Whole(int minimum, int maximum, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = fallback,
    };

    private static void Complete(OpenApiDocument document)
    {
        document.Info.Title = "江门县域经济 · Jiangmen county economy: data";
        document.Info.Description =
            "Every figure of the dashboard with its source and quote: as JSON under /api, and each view's table as CSV, " +
            "Excel, metadata and zip at the view's address. Read-only and public: GET and HEAD, from any origin (CORS, " +
            "no credentials). Every answer has an ETag (downloads also Last-Modified) and a conditional request gets 304. " +
            "Errors under /api are problem+json in the language of Accept-Language (zh-CN or en).";
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        // Public data: one empty requirement says that no operation asks for credentials.
        document.Security = [new OpenApiSecurityRequirement()];
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Data", Description = "Regions, indicators and figures as JSON (figures also as CSV)." },
            new() { Name = "Downloads", Description = "Each view's table at the view's own address, as .csv, .xlsx, .metadata.json and .zip." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = ProblemSchema();

        foreach (var (path, item) in document.Paths)
        {
            foreach (var (_, operation) in item.Operations ?? [])
            {
                CompleteOperation(document, path, operation);
            }
        }
    }

    private static void CompleteOperation(OpenApiDocument document, string path, OpenApiOperation operation)
    {
        var api = path.StartsWith("/api/", StringComparison.Ordinal);
        operation.Parameters ??= [];
        foreach (var name in RouteParameters(path).Where(n => operation.Parameters.All(p => p.Name != n)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Path, Required = true, Schema = Text(),
                Description = $"The {name} of the thing whose table this is, as its page's address has it.",
            });
        }

        operation.Responses ??= [];
        var ok = operation.Responses.TryGetValue("200", out var found) && found is OpenApiResponse response ? response : new OpenApiResponse();
        ok.Description = "The data.";
        ok.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["ETag"] = Header("The answer's tag, for If-None-Match.", required: true),
            ["Cache-Control"] = Header("no-cache: revalidate with the ETag before using a kept copy.", required: true),
            ["Access-Control-Allow-Origin"] = Header("* when the request came from another origin (CORS).", required: false),
        };
        if (!api)
        {
            ok.Headers["Last-Modified"] = Header("When the data or the file (dated by the day it is made) last changed, for If-Modified-Since.", required: true);
            if (!path.EndsWith(".metadata.json", StringComparison.Ordinal))
            {
                ok.Headers["Content-Disposition"] = Header("attachment, with a file name that says what and when.", required: true);
            }
        }

        if (path == "/api/observations")
        {
            ok.Headers["Link"] = Header("The first, previous, next and last pages (RFC 8288), in JSON answers.", required: false);
        }

        operation.Responses["200"] = ok;
        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not modified: the copy the client named in If-None-Match (or, without it, If-Modified-Since) is current.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = Header("The answer's tag.", required: true) },
        };
        if (operation.Parameters.Any(p => p.In == ParameterLocation.Query))
        {
            operation.Responses["400"] = Error(document, api, "A parameter is not valid; the answer says which and why.", plain: !api);
        }

        if (operation.Parameters.Any(p => p.In == ParameterLocation.Path))
        {
            operation.Responses["404"] = Error(document, api, "There is no such thing (region, indicator, source ...).");
        }

        operation.Responses["429"] = Error(document, api, "Too many requests from this address in the window; wait for Retry-After seconds.", retryAfter: true);
        operation.Responses["500"] = Error(document, api, "The request failed on our side; the answer carries the request id.");
        operation.Responses["503"] = Error(document, api, "The database cannot be reached for a moment; try again after Retry-After seconds.", retryAfter: true);
    }

    /// <summary>problem+json under /api; a page in the reader's language for a download (plain text for a bad parameter).</summary>
    private static OpenApiResponse Error(OpenApiDocument document, bool api, string description, bool plain = false, bool retryAfter = false)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [api ? "application/problem+json" : plain ? "text/plain" : "text/html"] =
                    new() { Schema = api ? new OpenApiSchemaReference(Problem, document) : Text() },
            },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait before trying again.", required: false) };
        }

        return response;
    }

    private static OpenApiHeader Header(string description, bool required) =>
        new() { Description = description, Required = required, Schema = Text() };

    /// <summary>What every problem+json answer holds (Hosting/Errors); a 400 also names the parameter.</summary>
    private static OpenApiSchema ProblemSchema()
    {
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details, in the language of Accept-Language.",
            Required = new HashSet<string> { "type", "title", "status", "detail", "instance", "requestId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "Where the status is defined." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong, in short." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong, and what to do." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The address asked for." },
                ["requestId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's id, which the log also carries." },
                ["parameter"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The parameter that is not valid (400)." },
            },
        };
    }

    private static IEnumerable<string> RouteParameters(string path) =>
        path.Split('{').Skip(1).Select(part => part[..part.IndexOf('}', StringComparison.Ordinal)]);

    private static string CamelCase(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
