using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// The same data gives the same bytes whatever the database: every page, download and API answer of the real seeds is
/// requested from an app on each provider and from one on SQLite, and the bodies compared byte for byte (archives entry
/// by entry, whose entries carry the time they were written; request ids, which differ by nature, are set aside).
/// </summary>
public sealed partial class ProviderParityTests
{
    private static readonly string[] Extensions = [".csv", ".xlsx", ".metadata.json", ".zip"];

    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_route_answers_the_same_bytes_as_on_SQLite(string provider)
    {
        await using var reference = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var compared = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var referenceApp = Unlimited(reference);
        await using var comparedApp = Unlimited(compared);
        using var referenceClient = referenceApp.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var comparedClient = comparedApp.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // SQLite against SQLite (the fast tier, kept fast) checks on the API and every figure's downloads that an answer
        // depends on the data only; every route is compared on the other provider.
        var routes = provider == "Sqlite"
            ? [.. Routes().Where(r => r.StartsWith("/api/", StringComparison.Ordinal) || r.StartsWith("/export/", StringComparison.Ordinal) || r.StartsWith("/indicators/gdp.", StringComparison.Ordinal))]
            : Routes();
        var differences = new List<string>();
        foreach (var address in routes)
        {
            var expected = await AnswerAsync(referenceClient, address);
            var actual = await AnswerAsync(comparedClient, address);
            if (expected != actual)
            {
                differences.Add($"{address}: {First(expected, actual)}");
            }
        }

        Repository.WriteArtifact($"provider-parity-{provider}.txt",
            $"{routes.Count} routes compared, {differences.Count} differ\n" + string.Join('\n', differences));
        routes.Should().HaveCountGreaterThan(provider == "Sqlite" ? 15 : 600);
        differences.Should().BeEmpty();
    }

    /// <summary>Every view's page in both languages and its four downloads, the API, and addresses that answer errors.</summary>
    private static List<string> Routes()
    {
        var seeds = SeedReader.Read(Seeds.Directory);
        var tables = new List<string>();
        tables.AddRange(seeds.Regions.Select(r => "/regions/" + r.Slug));
        tables.AddRange(seeds.Indicators.Select(i => "/indicators/" + i.Code));
        tables.AddRange(seeds.Sources.Select(s => "/sources/" + s.Id));
        tables.AddRange(seeds.Platforms.Select(p => "/platforms/" + p.Slug));
        tables.AddRange(seeds.Partnerships.Select(p => "/partnerships/" + p.Slug));
        tables.AddRange(["/partnerships", "/partnerships?table=figures", "/platforms", "/indicators", "/sources", "/export/observations",
            "/compare", "/compare?regions=xinhui,taishan,kaiping&indicators=gdp,gdp_growth,resident_population", "/compare?regions=jiangmen,xinhui&indicators=gdp&rows=regions",
            "/regions/nowhere", "/compare?regions=nowhere"]);
        var routes = new List<string>();
        foreach (var table in tables.Where(t => !t.StartsWith("/export/", StringComparison.Ordinal)))
        {
            routes.Add(table);
            routes.Add(table + (table.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=en");
        }

        foreach (var table in tables)
        {
            var (path, query) = table.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? (table[..q], table[q..]) : (table, "");
            routes.AddRange(Extensions.Select(extension => path + extension + query));
        }

        routes.AddRange(["/", "/?culture=en", "/?map=resident_population", "/api/regions", "/api/indicators", "/api/observations",
            "/api/observations?page=2&pageSize=25", "/api/observations?region=taishan", "/api/observations?indicator=gdp&format=csv",
            "/api/observations?period=2023", "/api/observations?page=0", "/api/compare",
            "/api/compare?regions=xinhui,taishan,kaiping&indicators=gdp,gdp_growth", "/api/compare?regions=nowhere", "/api/nowhere",
            "/openapi/v1.json", "/geo/jiangmen.json", "/no/such/page"]);
        return routes;
    }

    private static WebApplicationFactory<Program> Unlimited(TestDatabase database) =>
        new DashboardApplication(database).WithWebHostBuilder(b => b.UseSetting("RateLimits:PermitLimit", "1000000"));

    /// <summary>The status, the media type and the body as text; an archive's entries one after the other.</summary>
    private static async Task<string> AnswerAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = mediaType is "application/zip" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ? Entries(bytes) : Encoding.UTF8.GetString(bytes);
        return $"{(int)response.StatusCode} {mediaType}\n{RequestId().Replace(body, "<request-id>")}";
    }

    private static string Entries(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive));
        return string.Join('\n', zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return $"== {e.FullName}\n{reader.ReadToEnd()}";
        }));
    }

    private static string First(string expected, string actual)
    {
        var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(160, s.Length - Math.Max(0, at - 60)));
        return $"at {at}: «{Around(expected)}» vs «{Around(actual)}»";
    }

    /// <summary>Kestrel's and the test server's request ids (connection id and request number).</summary>
    [GeneratedRegex("0HN[0-9A-Z]{10}(:[0-9A-F]{8})?")]
    private static partial Regex RequestId();
}
