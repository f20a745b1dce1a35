using System.Net;
using System.Net.Http.Headers;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>Pages come from the output cache until the data changes; a reseed by another process is seen at once.</summary>
public sealed class PageCacheTests
{
    private static readonly Uri Xinhui = new("/regions/xinhui", UriKind.Relative);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cached_page_shows_the_new_data_right_after_a_reseed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        (await client.GetStringAsync(Xinhui)).Should().Contain("1,011.25");
        var cached = await client.GetAsync(Xinhui);
        cached.Headers.Age.Should().NotBeNull("the second request is answered from the output cache");

        (await ReseedXinhuiGdpAsync(database)).Should().Be(1);

        var after = await client.GetStringAsync(Xinhui);
        after.Should().Contain("2,345.67").And.NotContain("1,011.25");
    }

    /// <summary>
    /// Loads seeds/ with 新会区's GDP changed from 1011.25 to 2345.67, as the `seed` command does: outside the app, on its
    /// own context, with no signal to the app. Returns the number of changes.
    /// </summary>
    private static async Task<int> ReseedXinhuiGdpAsync(TestDatabase database)
    {
        var seeds = Seeds.Copy();
        Seeds.ReplaceLine(seeds, "observations.tsv", Seeds.LineOf(seeds, "observations.tsv", "\t1011.25\t"),
            l => l.Replace("\t1011.25\t", "\t2345.67\t", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        return (await SeedLoader.LoadAsync(db, SeedReader.Read(seeds))).Changes;
    }

    [Fact]
    public async Task A_reseed_that_changes_nothing_keeps_the_cache()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var first = await client.GetAsync(Xinhui);

        await using (var db = database.CreateContext())
        {
            (await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory))).Changes.Should().Be(0);
        }

        var second = await client.GetAsync(Xinhui);
        second.Headers.Age.Should().NotBeNull();
        second.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    [Fact]
    public async Task A_browser_that_holds_the_page_gets_304_until_the_data_changes()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        var first = await client.GetAsync(Xinhui);
        first.Headers.CacheControl!.NoCache.Should().BeTrue("the page is revalidated on every visit");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, Xinhui);
        again.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(again)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        await ReseedXinhuiGdpAsync(database);

        using var afterReseed = new HttpRequestMessage(HttpMethod.Get, Xinhui);
        afterReseed.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterReseed);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag.Should().NotBe(etag);
    }

    [Fact]
    public async Task Each_language_and_each_address_is_its_own_entry()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        var chinese = await client.GetStringAsync(Xinhui);
        var english = await client.GetStringAsync(new Uri("/en/regions/xinhui", UriKind.Relative));
        var taishan = await client.GetStringAsync(new Uri("/en/regions/taishan", UriKind.Relative));

        chinese.Should().Contain("新会区").And.Contain("<html lang=\"zh");
        english.Should().Contain("<html lang=\"en").And.Contain("Xinhui");
        taishan.Should().Contain("Taishan").And.NotContain("<h1>Xinhui");
    }

    [Fact]
    public async Task The_order_of_repeated_parameters_and_the_case_of_the_path_are_kept()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        var first = await client.GetStringAsync(new Uri("/compare?regions=xinhui&regions=heshan&indicators=gdp", UriKind.Relative));
        var swapped = await client.GetStringAsync(new Uri("/compare?regions=heshan&regions=xinhui&indicators=gdp", UriKind.Relative));
        var upper = await client.GetAsync(new Uri("/regions/XINHUI", UriKind.Relative));

        first.IndexOf("新会区", StringComparison.Ordinal).Should().BeLessThan(first.IndexOf("鹤山市", StringComparison.Ordinal));
        swapped.IndexOf("鹤山市", StringComparison.Ordinal).Should().BeLessThan(swapped.IndexOf("新会区", StringComparison.Ordinal));
        (await client.GetAsync(new Uri("/regions/xinhui", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/regions/XINHUI", UriKind.Relative))).StatusCode.Should().Be(upper.StatusCode);
    }

    [Fact]
    public async Task Error_answers_are_not_cached()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();
        var bad = new Uri("/compare?regions=nowhere", UriKind.Relative);

        (await client.GetAsync(bad)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var second = await client.GetAsync(bad);
        second.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        second.Headers.Age.Should().BeNull();
    }
}
