namespace Jiangmen.Dashboard.Tests.Overview;

public sealed class IndexPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_app_creates_seeds_and_serves_the_home_page_with_the_city_GDP(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        html.Should().Contain("江门市").And.Contain("4,210.18", "the headline gives the city's latest GDP, of 2024 (from an encyclopedia page)");
        foreach (var county in new[] { "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市" })
        {
            html.Should().Contain(county);
        }

        html.Should().Contain("超过 500", "开平's 2023 GDP is a lower bound and must read as one");
    }
}
