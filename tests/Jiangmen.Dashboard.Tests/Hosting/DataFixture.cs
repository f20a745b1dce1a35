using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// One app on one seeded SQLite database for tests that request every operation of the data contract (they only read):
/// without the rate limit, which such a crawl would reach.
/// </summary>
public sealed class DataFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        App = new DashboardApplication(_database).WithWebHostBuilder(b => b.UseSetting("RateLimits:PermitLimit", "1000000"));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _database!.DisposeAsync();
    }

    /// <summary>A client that follows no redirect, as a program would see each answer.</summary>
    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task<OpenApiContract> ContractAsync() => ContractCheck.ContractAsync(App.Server);

    /// <summary>An address of each described path with things that exist (xinhui, gdp ...), and for a template one that does not.</summary>
    public static (string Known, string? Unknown) Addresses(string path)
    {
        var first = path.Trim('/').Split('/')[0];
        var known = first switch
        {
            "regions" => "xinhui",
            "indicators" => "gdp",
            "sources" => Seeds.ReportSourceId,
            "platforms" => "jiangmen-main-platform",
            _ => "heshan-kaiping",
        };
        var query = path switch
        {
            "/api/observations" => "?region=taishan&indicator=gdp",
            "/api/compare" => "?regions=xinhui,taishan&indicators=gdp,gdp_growth",
            _ when path.StartsWith("/compare.", StringComparison.Ordinal) => "?regions=xinhui,taishan&indicators=gdp,gdp_growth",
            _ => "",
        };
        var template = System.Text.RegularExpressions.Regex.Replace(path, @"\{\w+\}", "{0}");
        return (string.Format(System.Globalization.CultureInfo.InvariantCulture, template, known) + query,
            path.Contains('{', StringComparison.Ordinal) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "nowhere") : null);
    }
}
