using System.Net;
using System.Net.Sockets;
using System.Text;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// A corpus of hostile requests generated over every route the app maps (read from its endpoint table, so a new
/// route is covered without editing this file) and over static files, sent to the app on Kestrel in Production:
/// path traversal, overlong values, control and unicode characters, percent-encoded nulls, SQL and script
/// fragments, repeated and missing parameters, invalid cultures, unexpected methods and content types, huge
/// Range and Accept headers, and raw request lines no well-behaved client would send. Each must answer a 4xx or a
/// correct 200 (the right content type for the route), never a 5xx, never a stack trace, SQL or a file path, and
/// never echo markup unescaped. The tally of status codes is written to artifacts/hostile-requests.txt.
/// </summary>
public sealed class HostileRequestTests(ITestOutputHelper output)
{
    private static readonly HashSet<int> Acceptable = [200, 206, 301, 302, 304, 400, 404, 405, 413, 414, 416, 431];

    /// <summary>Values put where a route expects a slug, a code or an id.</summary>
    private static readonly string[] HostileSegments =
    [
        "..%2F..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cappsettings.json", "%2e%2e%2f%2e%2e%2fProgram.cs", "%00", "xinhui%00.csv",
        "%0d%0aSet-Cookie:%20injected=1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'='1", "x%22%3B%20DROP%20TABLE%20Observations%3B--",
        new('a', 4000), "%E6%96%B0%E4%BC%9A", "%F0%9F%92%A9", "%C0%AF", "%FF%FE", "%E2%80%AEcsv.exe", "%01%02%7F", "-1",
        "99999999999999999999", "%20", "CON", "xinhui;jsessionid=1", "%25", "%u0027", "%7B0%7D",
    ];

    /// <summary>Query strings added to every route (with valid route values).</summary>
    private static readonly string[] HostileQueries =
    [
        "culture=xx-INVALID", "culture=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "culture=zh-CN&culture=en", "culture=" + new string('z', 300),
        "culture=%00", "culture=ar-SA", "regions='%20OR%201=1--&indicators=gdp", string.Join('&', Enumerable.Repeat("regions=xinhui", 60)),
        "indicators=" + new string('x', 5000), "regions=" + string.Join(',', Enumerable.Repeat("taishan", 300)), "regions=&indicators=",
        "page=-1&pageSize=0", "page=99999999999&pageSize=1000", "page=2147483647&pageSize=1000", "page=1e3&pageSize=0x10",
        "region=%00&indicator=%0a&period=2023%27--", "period=%3Csvg%20onload=alert(1)%3E", "table=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
        "map=..%2F..%2Fetc%2Fpasswd", "%00=%00", "a[]=1&a[0]=2&a.b=3", "&&&==&", "rows=%E2%80%AE&regions=%F0%9F%92%A9",
        "regions=xinhui%0d%0aSet-Cookie:%20injected=1",
    ];

    private static readonly (string Name, Func<HttpContent?> Content)[] HostileMethods =
    [
        ("POST", () => new StringContent("a=1&__RequestVerificationToken=forged", Encoding.UTF8, "application/x-www-form-urlencoded")),
        ("PUT", () => new StringContent("{\"value\": 1e309", Encoding.UTF8, "application/json")),
        ("DELETE", () => null),
        ("PATCH", () => new StringContent("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", Encoding.UTF8, "application/xml")),
        ("OPTIONS", () => null),
        // Under Kestrel's 64 KB body limit, so that it can read the body it refuses and answer; larger bodies are raw requests below.
        ("POST", () => Unvalidated(new ByteArrayContent(new byte[60_000]), "multipart/form-data; boundary=")),
    ];

    private static readonly (string Name, string Value)[] HostileHeaders =
    [
        ("Range", "bytes=" + string.Join(',', Enumerable.Range(0, 2000).Select(i => $"{i * 2}-{i * 2 + 1}"))),
        ("Range", "bytes=99999999999999999999-"),
        ("Accept", string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"application/x-{i}+json;q=0.{i % 10}"))),
        ("Accept", "application/json"),
        ("Accept-Language", "../../etc/passwd, *;q=2, zh-CN;q=NaN"),
        ("Cookie", ".AspNetCore.Culture=c%3D%3Cscript%3E%7Cuic%3Dxx-INVALID"),
        ("If-None-Match", "\"" + new string('f', 2000) + "\", W/\"x"),
        ("Content-Type", "application/json; charset=utf-7"),
    ];

    /// <summary>Static files and paths that must never serve anything but a 404.</summary>
    private static readonly string[] StaticProbes =
    [
        "/css/site.css", "/js/charts.js", "/favicon.svg", "/lib/chart.js/chart.umd.min.js", "/css/..%2f..%2fappsettings.json",
        "/lib/..%2F..%2F..%2FProgram.cs", "/appsettings.json", "/Jiangmen.Dashboard.Web.dll", "/seeds/sources.tsv", "/App_Data/jiangmen.db",
        "/.git/config", "/web.config", "/%2e%2e/%2e%2e/etc/passwd", "/css/site.css%00.html", "/lib/", "/wwwroot/css/site.css",
    ];

    /// <summary>Bytes no HTTP client library would send: Kestrel or the app must still answer a 4xx.</summary>
    private static readonly string[] RawRequests =
    [
        "GET /regions/\u0001\u0002 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /css/../../appsettings.json HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /regions/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /?culture=" + new string('q', 10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + new string('h', 40_000) + "\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n",
        "BREW /regions/xinhui HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /?culture=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /compare HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
        "GET /regions/xinhui HTTP/1.1\r\nHost: x\r\nRange: bytes=0-\u0000\r\n\r\n",
        "GET /\t/ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /sources/%C0%AE%C0%AE%C0%AF HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /api/observations HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n{",
    ];

    private static HttpContent Unvalidated(HttpContent content, string contentType)
    {
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private sealed record Probe(string Label, string Kind, Func<HttpRequestMessage>? Request = null, string? Raw = null);

    private sealed record Answer(Probe Probe, int Status, string? ContentType, string Body, bool HasSecurityHeaders, bool Injected);

    [Fact]
    public async Task Hundreds_of_hostile_requests_over_every_route_get_a_4xx_or_a_correct_200_and_never_leak_internals()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = KestrelDashboard.Start(database, new Dictionary<string, string> { ["RateLimits:PermitLimit"] = "1000000" });

        var probes = Generate(Routes(app.Services), SeedReader.Read(Seeds.Directory));
        var answers = new List<Answer>();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (probe, ct) =>
        {
            var answer = probe.Raw is null ? await SendAsync(app.Client, probe, ct) : await SendRawAsync(app.BaseAddress, probe, ct);
            lock (answers)
            {
                answers.Add(answer);
            }
        });

        var tally = answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}").ToList();
        var summary = $"{answers.Count} hostile requests; status codes: {string.Join(", ", tally)}";
        output.WriteLine(summary);
        Repository.WriteArtifact("hostile-requests.txt", summary + "\n" + string.Join('\n', answers.OrderBy(a => a.Probe.Label, StringComparer.Ordinal)
            .Select(a => $"{a.Status}\t{a.Probe.Label}")) + "\n");

        var problems = answers.SelectMany(Problems).ToList();
        problems.Should().BeEmpty();
        answers.Should().HaveCountGreaterThanOrEqualTo(300);
        answers.Select(a => a.Probe.Kind).Distinct().Should().HaveCountGreaterThan(10, "every kind of route is probed");
    }

    private static IEnumerable<string> Problems(Answer a)
    {
        var label = $"{a.Probe.Label} → {a.Status}";
        if (!Acceptable.Contains(a.Status))
        {
            yield return $"{label}: status not 2xx/3xx/4xx as expected";
        }

        foreach (var leak in Leaks.In(a.Body))
        {
            yield return $"{label}: body contains '{leak}'";
        }

        if (a.Injected)
        {
            yield return $"{label}: a header was injected";
        }

        if (a.Probe.Raw is null && a.Body.Length > 0 && !a.HasSecurityHeaders)
        {
            yield return $"{label}: no Content-Security-Policy or nosniff header";
        }

        if (a.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
            && (a.Body.Contains("<script>alert", StringComparison.OrdinalIgnoreCase) || a.Body.Contains("<svg onload", StringComparison.OrdinalIgnoreCase)
                || a.Body.Contains("<img src=x", StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"{label}: markup from the request is echoed unescaped";
        }

        if (a.Status is 200 or 206 && a.Probe.Raw is null && !ContentTypeFits(a.Probe.Kind, a.ContentType))
        {
            yield return $"{label}: 200 with content type {a.ContentType}, not what {a.Probe.Kind} serves";
        }
    }

    private static bool ContentTypeFits(string kind, string? contentType) => contentType is not null && kind switch
    {
        "csv" => contentType.StartsWith("text/csv", StringComparison.Ordinal),
        "api" or "openapi" or "metadata" => contentType.StartsWith("application/json", StringComparison.Ordinal),
        "zip" => contentType.StartsWith("application/zip", StringComparison.Ordinal),
        "geo" => contentType.StartsWith("application/geo+json", StringComparison.Ordinal),
        "health" => contentType.StartsWith("text/plain", StringComparison.Ordinal),
        "static" => !contentType.StartsWith("text/html", StringComparison.Ordinal),
        _ => contentType.StartsWith("text/html", StringComparison.Ordinal),
    };

    /// <summary>Every route pattern the app maps, e.g. "regions/{slug}.csv", "api/observations", "".</summary>
    private static List<string> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Select(t => t.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<Probe> Generate(IReadOnlyList<string> routes, SeedSet seeds)
    {
        routes.Should().Contain(["regions/{slug}", "regions/{slug}.csv", "api/observations", "export/observations.csv", "compare"]);
        var probes = new List<Probe>();
        foreach (var route in routes)
        {
            var kind = Kind(route);
            var valid = "/" + Fill(route, seeds, hostile: null);
            foreach (var segment in route.Contains('{', StringComparison.Ordinal) ? HostileSegments : [])
            {
                var path = "/" + Fill(route, seeds, segment);
                probes.Add(new Probe($"GET {path}", kind, () => new HttpRequestMessage(HttpMethod.Get, path)));
            }

            foreach (var query in HostileQueries)
            {
                var address = $"{valid}?{query}";
                probes.Add(new Probe($"GET {Shorten(address)}", kind, () => new HttpRequestMessage(HttpMethod.Get, address)));
            }

            foreach (var (method, content) in HostileMethods)
            {
                probes.Add(new Probe($"{method} {valid}", kind, () => new HttpRequestMessage(new HttpMethod(method), valid) { Content = content() }));
            }

            foreach (var (name, value) in HostileHeaders)
            {
                probes.Add(new Probe($"GET {valid} with {name}: {Shorten(value)}", kind, () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, valid);
                    if (name == "Content-Type")
                    {
                        request.Content = Unvalidated(new ByteArrayContent([]), value);
                    }
                    else
                    {
                        request.Headers.TryAddWithoutValidation(name, value);
                    }

                    return request;
                }));
            }
        }

        foreach (var path in StaticProbes)
        {
            probes.Add(new Probe($"GET {path}", "static", () => new HttpRequestMessage(HttpMethod.Get, path)));
            probes.Add(new Probe($"GET {path} with a huge Range", "static", () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.TryAddWithoutValidation("Range", HostileHeaders[0].Value);
                return request;
            }));
        }

        probes.AddRange(RawRequests.Select(raw => new Probe($"raw {Shorten(raw.ReplaceLineEndings(" "))}", "raw", Raw: raw)));
        return probes;
    }

    /// <summary>The route with valid values in place of its parameters, or <paramref name="hostile"/> in their place.</summary>
    private static string Fill(string route, SeedSet seeds, string? hostile)
    {
        var first = route.Split('/')[0];
        var valid = first switch
        {
            "regions" => "xinhui",
            "indicators" => "gdp",
            "sources" => Seeds.ReportSourceId,
            "platforms" => seeds.Platforms[0].Slug,
            "partnerships" => seeds.Partnerships[0].Slug,
            "openapi" => "v1",
            "status" => "404",
            _ => "x",
        };
        var filled = new StringBuilder();
        var inside = false;
        foreach (var c in route)
        {
            if (c == '{')
            {
                inside = true;
                filled.Append(hostile ?? valid);
            }
            else if (c == '}')
            {
                inside = false;
            }
            else if (!inside)
            {
                filled.Append(c);
            }
        }

        return filled.ToString();
    }

    private static string Kind(string route) =>
        route.EndsWith(".csv", StringComparison.Ordinal) ? "csv"
        : route.EndsWith(".metadata.json", StringComparison.Ordinal) ? "metadata"
        : route.EndsWith(".zip", StringComparison.Ordinal) ? "zip"
        : route.StartsWith("api/", StringComparison.Ordinal) ? "api"
        : route.StartsWith("openapi/", StringComparison.Ordinal) ? "openapi"
        : route.StartsWith("geo/", StringComparison.Ordinal) ? "geo"
        : route.StartsWith("health/", StringComparison.Ordinal) ? "health"
        // The build's static files (MapStaticAssets), fingerprinted or not: site.css, site.{hash}.css, lib/...
        : Path.HasExtension(route) ? "static"
        : "page " + route.Split('/')[0];

    private static string Shorten(string text) => text.Length <= 120 ? text : $"{text[..120]}… ({text.Length} chars)";

    private static async Task<Answer> SendAsync(HttpClient client, Probe probe, CancellationToken ct)
    {
        using var request = probe.Request!();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            // No answer at all: reported as status 0, which the checks refuse, under this probe's label.
            return new Answer(probe, 0, null, e.Message, true, false);
        }

        using var answered = response;
        var body = await response.Content.ReadAsStringAsync(ct);
        var headers = response.Headers;
        var secured = headers.Contains("Content-Security-Policy") && headers.Contains("X-Content-Type-Options");
        var injected = headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("injected", StringComparison.Ordinal));
        return new Answer(probe, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, secured, injected);
    }

    /// <summary>Sends the bytes as they are (Latin-1, one byte per char) and reads until the server closes.</summary>
    private static async Task<Answer> SendRawAsync(Uri server, Probe probe, CancellationToken ct)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port, ct);
        var stream = socket.GetStream();
        var raw = probe.Raw!.Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal);
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(raw), ct);
        }
        catch (IOException)
        {
            // The server may close the connection before the whole of an oversized request is sent; its answer is still there.
        }

        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, ct);
        }
        catch (IOException)
        {
            // A reset after the answer: what arrived is the answer.
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var statusLine = text.Split("\r\n")[0];
        var status = statusLine.Split(' ') is [_, var code, ..] && int.TryParse(code, out var parsed) ? parsed : 0;
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? text : text[..headerEnd];
        var injected = head.Contains("\r\nSet-Cookie: injected", StringComparison.OrdinalIgnoreCase);
        return new Answer(probe, status, null, headerEnd < 0 ? "" : text[(headerEnd + 4)..], true, injected);
    }
}
