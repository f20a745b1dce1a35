using System.Net;
using AngleSharp;
using Jiangmen.Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>One app on Kestrel in Production, shared by the header tests of a class (they only read).</summary>
public sealed class ProductionFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public KestrelDashboard App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        App = KestrelDashboard.Start(_database, new Dictionary<string, string> { ["RateLimits:PermitLimit"] = "1000000" });
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _database!.DisposeAsync();
    }
}

public sealed class HeaderTests(ProductionFixture fixture) : IClassFixture<ProductionFixture>
{
    /// <summary>One address of each kind of answer the site gives, with the status it must have.</summary>
    public static TheoryData<string, int> EveryKindOfAnswer => new()
    {
        { "/", 200 }, { "/regions/xinhui", 200 }, { "/indicators", 200 }, { "/indicators/gdp", 200 },
        { "/compare?regions=xinhui,taishan&indicators=gdp", 200 }, { "/compare?regions=nowhere", 400 },
        { "/partnerships", 200 }, { "/partnerships/heshan-kaiping", 200 }, { "/platforms", 200 }, { "/platforms/jiangmen-main-platform", 200 },
        { "/sources", 200 }, { "/sources/jmdrc-2024-county-economy", 200 }, { "/nowhere", 404 }, { "/regions/440705", 301 },
        { "/regions/xinhui.csv", 200 }, { "/export/observations.csv", 200 }, { "/api/regions", 200 }, { "/api/observations?page=0", 400 },
        { "/api/nowhere", 404 }, { "/openapi/v1.json", 200 }, { "/geo/jiangmen.json", 200 }, { "/health/ready", 200 },
        { "/css/site.css", 200 }, { "/lib/chart.js/chart.umd.min.js", 200 },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfAnswer))]
    public async Task Every_kind_of_answer_carries_the_security_headers_and_no_server_banner(string address, int status)
    {
        using var response = await fixture.App.Client.GetAsync(new Uri(address, UriKind.Relative));

        ((int)response.StatusCode).Should().Be(status);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Be(Web.Hosting.Security.ContentSecurityPolicy("'none'"));
        csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval").And.NotContain("http").And.NotContain("*");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.Contains("Server").Should().BeFalse("Kestrel's banner is switched off");
        response.Headers.Contains("X-Powered-By").Should().BeFalse();
    }

    [Fact]
    public async Task Every_page_loads_scripts_and_styles_only_from_files_of_our_own_and_has_no_inline_code()
    {
        var config = Configuration.Default;
        foreach (var address in new[] { "/", "/regions/xinhui", "/indicators/gdp", "/compare", "/partnerships", "/platforms/jiangmen-main-platform", "/sources", "/nowhere" })
        {
            using var response = await fixture.App.Client.GetAsync(new Uri(address, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            var page = await BrowsingContext.New(config).OpenAsync(r => r.Content(html));

            var scripts = page.QuerySelectorAll("script").ToList();
            scripts.Where(s => s.GetAttribute("type") != "application/json")
                .Where(s => s.GetAttribute("src") is not { } src || !src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal))
                .Should().BeEmpty("{0} runs only scripts of our own, from files", address);
            page.QuerySelectorAll("style, [style]").Should().BeEmpty(address);
            page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Should().BeEmpty(address);
            page.QuerySelectorAll("link[href]:not([rel=canonical]):not([rel=alternate]), img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Where(url => !url!.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
                .Should().BeEmpty("{0} loads nothing from another origin", address);
        }
    }

    [Fact]
    public async Task Every_form_reads_with_get_or_carries_an_antiforgery_token()
    {
        foreach (var address in new[] { "/", "/regions/xinhui", "/indicators/gdp", "/compare", "/partnerships", "/platforms", "/sources" })
        {
            var html = await fixture.App.Client.GetStringAsync(new Uri(address, UriKind.Relative));
            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

            foreach (var form in page.QuerySelectorAll("form"))
            {
                var method = form.GetAttribute("method") ?? "get";
                if (!method.Equals("get", StringComparison.OrdinalIgnoreCase))
                {
                    form.QuerySelector("input[name='__RequestVerificationToken']").Should().NotBeNull($"a {method} form on {address} needs its token");
                }
            }
        }
    }

    [Theory]
    [InlineData("POST", "/compare")]
    [InlineData("PUT", "/regions/xinhui")]
    [InlineData("DELETE", "/api/observations")]
    [InlineData("PATCH", "/export/observations.csv")]
    [InlineData("POST", "/sources/jmdrc-2024-county-economy.csv")]
    public async Task No_address_accepts_a_write_method(string method, string address)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), address) { Content = new StringContent("a=1") };
        using var response = await fixture.App.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
    }

    [Fact]
    public void Every_mapped_endpoint_is_read_only()
    {
        var endpoints = fixture.App.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints;

        var writers = endpoints
            .Select(e => (Name: e.DisplayName, Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Methods.Any(m => m is not ("GET" or "HEAD")))
            .ToList();
        writers.Should().BeEmpty("data change only through the seed command");
        typeof(Program).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.DeclaringType!.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel))
                && (m.Name.StartsWith("OnPost", StringComparison.Ordinal) || m.Name.StartsWith("OnPut", StringComparison.Ordinal)
                    || m.Name.StartsWith("OnDelete", StringComparison.Ordinal) || m.Name.StartsWith("OnPatch", StringComparison.Ordinal)))
            .Should().BeEmpty("no page has a handler that writes");
    }

    [Fact]
    public async Task The_culture_cookie_is_secure_http_only_and_same_site_in_production()
    {
        using var response = await fixture.App.Client.GetAsync(new Uri("/?culture=en", UriKind.Relative));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        cookie.Should().Contain("; secure").And.Contain("; httponly").And.Contain("; samesite=lax");
    }

    [Fact]
    public void The_antiforgery_cookie_is_secure_http_only_and_strictly_same_site_in_production()
    {
        using var scope = fixture.App.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("dashboard.example");

        scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);

        var cookie = http.Response.Headers.SetCookie.ToString();
        cookie.Should().Contain("; secure").And.Contain("; httponly").And.Contain("; samesite=strict");
    }

    [Fact]
    public async Task Production_sends_hsts_over_https_and_development_does_not()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var production = new DashboardApplication(database).WithWebHostBuilder(b => b.UseEnvironment("Production"));
        await using var development = new DashboardApplication(database).WithWebHostBuilder(b => b.UseEnvironment("Development"));
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dashboard.example/") };

        using var secured = await production.CreateClient(https).GetAsync(new Uri("/sources", UriKind.Relative));
        using var local = await development.CreateClient(https).GetAsync(new Uri("/sources", UriKind.Relative));

        secured.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=31536000");
        local.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        // Development still gets the CSP, so that a page breaking it shows up on a developer's machine first.
        local.Headers.Contains("Content-Security-Policy").Should().BeTrue();
    }

    [Fact]
    public async Task Embedding_can_be_allowed_for_named_origins_by_setting()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database)
            .WithWebHostBuilder(b => b.UseSetting("Security:FrameAncestors", "https://www.jiangmen.gov.cn"));

        using var response = await app.CreateClient().GetAsync(new Uri("/sources", UriKind.Relative));

        response.Headers.GetValues("Content-Security-Policy").Single().Should().EndWith("frame-ancestors https://www.jiangmen.gov.cn");
        response.Headers.Contains("X-Frame-Options").Should().BeFalse("X-Frame-Options cannot name an origin; the CSP does");
    }
}
