using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// /openapi/v1.json as a checker of answers: which operation an address is, whether the status is described, whether the
/// media type and the required headers are there, and whether a JSON body is valid against the operation's schema
/// (JsonSchema.Net, JSON Schema 2020-12, which OpenAPI 3.1 schemas are; references resolve inside the description).
/// </summary>
public sealed class OpenApiContract
{
    private static readonly Uri BaseUri = new("https://openapi.jiangmen.test/v1.json");
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };
    private static readonly Lock Registering = new();
    private static bool _registered;

    private readonly JsonNode _document;
    private readonly List<(Regex Pattern, string Path)> _paths;

    public OpenApiContract(string json)
    {
        _document = JsonNode.Parse(json)!;
        lock (Registering)
        {
            if (!_registered)
            {
                SchemaRegistry.Global.Register(new JsonElementBaseDocument(JsonDocument.Parse(json).RootElement.Clone(), BaseUri));
                _registered = true;
            }
        }

        // Literal segments first, so that /indicators.csv is not taken for a template.
        _paths = [.. _document["paths"]!.AsObject()
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{\w+}", "[^/]+") + "$"), p.Key))
            .OrderBy(p => p.Key.Count(c => c == '{'))];
    }

    public IReadOnlyList<string> Paths => [.. _paths.Select(p => p.Path)];

    /// <summary>The described path an address is, or null when it is not part of the contract.</summary>
    public string? PathOf(string path) => _paths.FirstOrDefault(p => p.Pattern.IsMatch(path)).Path;

    /// <summary>What in one answer does not match the description; empty when it all does, or the address is not described.</summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? contentType, Func<string, bool> hasHeader, byte[] body)
    {
        if (PathOf(path) is not { } described || _document["paths"]![described]!["get"] is not JsonObject operation)
        {
            return [];
        }

        var where = $"{method} {path} {status}";
        if (operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not JsonObject response)
        {
            return [$"{where}: status {status} is not described for {described}"];
        }

        var problems = new List<string>();
        foreach (var (name, header) in response["headers"]?.AsObject() ?? [])
        {
            if (header!["required"]?.GetValue<bool>() == true && !hasHeader(name))
            {
                problems.Add($"{where}: the required header {name} is missing");
            }
        }

        var content = response["content"]?.AsObject();
        if (content is null)
        {
            if (body.Length > 0)
            {
                problems.Add($"{where}: a body where the description has none");
            }

            return problems;
        }

        var mediaType = contentType?.Split(';')[0].Trim();
        if (mediaType is null || !content.ContainsKey(mediaType))
        {
            problems.Add($"{where}: media type {mediaType ?? "(none)"} is not one of {string.Join(", ", content.Select(c => c.Key))}");
            return problems;
        }

        if (method == "GET" && mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            var pointer = $"#/paths/{Escape(described)}/get/responses/{status}/content/{Escape(mediaType)}/schema";
            var schema = JsonSchema.FromText($"{{\"$ref\": \"{BaseUri}{pointer}\"}}");
            using var json = JsonDocument.Parse(body);
            var result = schema.Evaluate(json.RootElement, Options);
            if (!result.IsValid)
            {
                problems.AddRange((result.Details ?? []).Where(d => d.Errors is not null)
                    .SelectMany(d => d.Errors!.Select(e => $"{where}: {d.InstanceLocation}: {e.Key} {e.Value}")).Take(10));
            }
        }

        return problems;
    }

    /// <summary>A JSON pointer's escaping (~0, ~1), then a URI fragment's.</summary>
    private static string Escape(string token) => Uri.EscapeDataString(token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
