using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jiangmen.Dashboard.Tests.Hosting;

public sealed class HealthTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_started_app_is_live_and_ready(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = new DashboardApplication(database);
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_migrations_the_app_is_live_but_not_ready(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = new DashboardApplication(database).WithWebHostBuilder(b => b.UseSetting("Database:MigrateOnStart", "false"));
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }
}
