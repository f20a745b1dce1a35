using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// The data contract: every operation of /openapi/v1.json answers as described (each answer is checked by
/// <see cref="ContractCheck"/>), to HEAD as to GET, to a page on another origin (CORS), and to conditional requests.
/// </summary>
public sealed class DataContractTests(DataFixture fixture) : IClassFixture<DataFixture>
{
    private const string Origin = "https://notebook.example";

    [Fact]
    public async Task The_description_names_every_operation_of_the_api_and_the_downloads()
    {
        var contract = await fixture.ContractAsync();
        var mapped = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) || Path.HasExtension(p) && !p.StartsWith("/openapi", StringComparison.Ordinal)
                && !p.StartsWith("/geo/", StringComparison.Ordinal) && !p.Contains("**", StringComparison.Ordinal) && !p.Contains("{documentName}", StringComparison.Ordinal))
            .Where(p => !p.StartsWith("/lib/", StringComparison.Ordinal) && !p.StartsWith("/css/", StringComparison.Ordinal) && !p.StartsWith("/js/", StringComparison.Ordinal)
                && !p.StartsWith("/favicon", StringComparison.Ordinal) && !p.StartsWith("/share/", StringComparison.Ordinal) && p is not ("/robots.txt" or "/sitemap.xml"))
            .Distinct()
            .ToList();

        mapped.Should().HaveCountGreaterThan(40);
        contract.Paths.Should().BeEquivalentTo(mapped);
    }

    [Fact]
    public async Task Every_operation_answers_as_described_to_get_head_cors_and_conditional_requests()
    {
        var contract = await fixture.ContractAsync();
        using var client = fixture.Client();
        var failures = new List<string>();
        foreach (var path in contract.Paths)
        {
            var (known, unknown) = DataFixture.Addresses(path);

            using var get = await SendAsync(client, HttpMethod.Get, known, ("Origin", Origin));
            var body = await get.Content.ReadAsByteArrayAsync();
            Expect(failures, known, get.StatusCode == HttpStatusCode.OK && body.Length > 0, $"GET {(int)get.StatusCode}");
            Expect(failures, known, Header(get, "Access-Control-Allow-Origin") == "*" && !get.Headers.Contains("Access-Control-Allow-Credentials"), "CORS on GET");

            using var head = await SendAsync(client, HttpMethod.Head, known, ("Origin", Origin));
            var headBody = await head.Content.ReadAsByteArrayAsync();
            Expect(failures, known, head.StatusCode == get.StatusCode && headBody.Length == 0, $"HEAD {(int)head.StatusCode} with {headBody.Length} bytes");
            foreach (var name in new[] { "ETag", "Content-Type", "Content-Disposition", "Access-Control-Allow-Origin" })
            {
                Expect(failures, known, Header(head, name) == Header(get, name), $"HEAD's {name} is GET's");
            }

            using var preflight = await SendAsync(client, HttpMethod.Options, known,
                ("Origin", Origin), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "if-none-match"));
            Expect(failures, known, preflight.StatusCode == HttpStatusCode.NoContent
                && Header(preflight, "Access-Control-Allow-Methods")?.Contains("GET", StringComparison.Ordinal) == true
                && Header(preflight, "Access-Control-Allow-Origin") == "*", $"preflight {(int)preflight.StatusCode}");

            var etag = get.Headers.ETag!.ToString();
            using var revalidated = await SendAsync(client, HttpMethod.Get, known, ("If-None-Match", etag));
            Expect(failures, known, revalidated.StatusCode == HttpStatusCode.NotModified, $"If-None-Match {etag}: {(int)revalidated.StatusCode}");

            if (unknown is not null)
            {
                using var missing = await SendAsync(client, HttpMethod.Get, unknown);
                Expect(failures, unknown, missing.StatusCode == HttpStatusCode.NotFound, $"GET {(int)missing.StatusCode}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/regions/xinhui.csv")]
    [InlineData("/indicators/gdp.xlsx")]
    [InlineData("/export/observations.csv")]
    [InlineData("/api/regions")]
    [InlineData("/api/observations?region=xinhui")]
    public async Task A_weak_tag_a_list_of_tags_and_a_star_are_not_modified_a_stale_tag_is(string address)
    {
        using var client = fixture.Client();
        using var first = await SendAsync(client, HttpMethod.Get, address);
        var tag = first.Headers.ETag!.Tag;

        var answers = new Dictionary<string, HttpStatusCode>();
        foreach (var condition in new[] { $"W/{tag}", tag, $"\"stale\", W/{tag}", "*", "\"stale\"", "W/\"stale\", \"other\"" })
        {
            using var answer = await SendAsync(client, HttpMethod.Get, address, ("If-None-Match", condition));
            answers[condition] = answer.StatusCode;
        }

        answers.Where(a => !a.Key.Contains("stale", StringComparison.Ordinal) || a.Key.Contains(tag, StringComparison.Ordinal))
            .Should().OnlyContain(a => a.Value == HttpStatusCode.NotModified);
        answers["\"stale\""].Should().Be(HttpStatusCode.OK);
        answers["W/\"stale\", \"other\""].Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Downloads_have_a_last_modified_that_if_modified_since_honours_unless_if_none_match_is_given()
    {
        using var client = fixture.Client();
        using var first = await SendAsync(client, HttpMethod.Get, "/sources.csv");
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var since = await SendAsync(client, HttpMethod.Get, "/sources.csv", ("If-Modified-Since", lastModified.ToString("R")));
        using var before = await SendAsync(client, HttpMethod.Get, "/sources.csv", ("If-Modified-Since", lastModified.AddDays(-1).ToString("R")));
        using var stale = await SendAsync(client, HttpMethod.Get, "/sources.csv", ("If-Modified-Since", lastModified.ToString("R")), ("If-None-Match", "\"stale\""));

        since.StatusCode.Should().Be(HttpStatusCode.NotModified);
        before.StatusCode.Should().Be(HttpStatusCode.OK);
        stale.StatusCode.Should().Be(HttpStatusCode.OK, "If-None-Match, when given, decides alone (RFC 9110 13.2.2)");
    }

    [Fact]
    public async Task A_star_for_something_that_does_not_exist_is_404_not_304()
    {
        using var client = fixture.Client();
        using var answer = await SendAsync(client, HttpMethod.Get, "/regions/nowhere.csv", ("If-None-Match", "*"));

        answer.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/nothing", 404, "en", "Not found (404)")]
    [InlineData("/api/nothing", 404, "zh-CN", "找不到（404）")]
    [InlineData("/api/observations?pageSize=0", 400, "en", "Invalid parameter 'pageSize'")]
    [InlineData("/api/observations?region=nowhere", 400, "zh-CN,zh;q=0.9", "参数 region 无效")]
    [InlineData("/api/compare?regions=nowhere", 400, "en-US,en;q=0.8", "Invalid comparison")]
    [InlineData("/api/compare?regions=nowhere", 400, "zh", "无法进行这个比较")]
    public async Task Every_problem_has_the_same_members_in_the_language_asked_for(string address, int status, string language, string title)
    {
        using var client = fixture.Client();
        using var answer = await SendAsync(client, HttpMethod.Get, address, ("Accept-Language", language));
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;

        ((int)answer.StatusCode).Should().Be(status);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetProperty("status").GetInt32().Should().Be(status);
        problem.GetProperty("type").GetString().Should().StartWith("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.");
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        problem.GetProperty("instance").GetString().Should().Be(address);
        problem.GetProperty("requestId").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_write_method_under_the_api_is_a_complete_problem_too()
    {
        using var client = fixture.Client();
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/regions");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var answer = await client.SendAsync(request);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;

        answer.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        problem.GetProperty("title").GetString().Should().Be("Method not allowed (405)");
        problem.GetProperty("detail").GetString().Should().Contain("GET");
        problem.GetProperty("type").GetString().Should().EndWith("section-15.5.6");
        problem.GetProperty("instance").GetString().Should().Be("/api/regions");
    }

    [Fact]
    public async Task A_preflight_for_a_write_or_a_page_is_refused()
    {
        using var client = fixture.Client();
        using var write = await SendAsync(client, HttpMethod.Options, "/api/regions", ("Origin", Origin), ("Access-Control-Request-Method", "DELETE"));
        using var page = await SendAsync(client, HttpMethod.Options, "/regions/xinhui", ("Origin", Origin), ("Access-Control-Request-Method", "GET"));

        write.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        page.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/regions/xinhui")]
    [InlineData("/compare?regions=xinhui,taishan")]
    [InlineData("/sources")]
    [InlineData("/css/site.css")]
    [InlineData("/geo/jiangmen.json")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/nowhere")]
    public async Task Head_answers_wherever_get_does_with_the_same_status_and_no_body(string address)
    {
        using var client = fixture.Client();
        using var get = await SendAsync(client, HttpMethod.Get, address);
        using var head = await SendAsync(client, HttpMethod.Head, address);

        head.StatusCode.Should().Be(get.StatusCode);
        head.Content.Headers.ContentType?.ToString().Should().Be(get.Content.Headers.ContentType?.ToString());
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string address, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(address, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static void Expect(List<string> failures, string address, bool holds, string what)
    {
        if (!holds)
        {
            failures.Add($"{address}: {what}");
        }
    }
}
