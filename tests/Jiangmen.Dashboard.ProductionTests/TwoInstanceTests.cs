using System.Net;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jiangmen.Dashboard.ProductionTests;

/// <summary>Several web instances on one PostgreSQL, as docker-compose runs them with replicas.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        var folder = await Published.FolderAsync();
        await using var database = await TestDatabase.CreateAsync("Postgres", migrate: false);
        var addresses = new[] { AppProcess.FreeAddress(), AppProcess.FreeAddress() };
        var instances = addresses.Select(address => AppProcess.Start(folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Database__Provider"] = "Postgres",
            ["Database__MigrateOnStart"] = "true",
            ["ConnectionStrings__Dashboard"] = database.ConnectionString,
        })).ToList();
        try
        {
            await Task.WhenAll(instances.Zip(addresses, (app, address) => app.WaitForAsync(new Uri(address, "/health/ready"))));
            var log = instances.SelectMany(i => i.Lines).ToList();

            log.Count(l => l.Contains("holds no data yet", StringComparison.Ordinal)).Should().Be(1, "exactly one instance seeds:\n{0}", string.Join('\n', log));
            log.Count(l => l.Contains("already holds data", StringComparison.Ordinal)).Should().Be(1, "the other waits and finds the data");

            await using var db = database.CreateContext();
            (await db.Observations.CountAsync()).Should().Be(SeedReader.Read(Seeds.Directory).Observations.Count);
            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
            foreach (var address in addresses)
            {
                using var client = new HttpClient { BaseAddress = address };
                (await client.GetAsync(new Uri("/regions/xinhui", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task An_antiforgery_token_from_one_instance_is_accepted_by_another_on_the_same_database()
    {
        await using var database = await TestDatabase.CreateAsync("Postgres");
        await using var first = new DashboardApplication(database);
        await using var second = new DashboardApplication(database);
        await using var elsewhere = await TestDatabase.CreateAsync("Postgres");
        await using var stranger = new DashboardApplication(elsewhere);

        var (cookie, header, token) = IssueToken(first.Services);

        (await IsValidAsync(second.Services, cookie, header, token)).Should().BeTrue("the second instance reads the key ring in the database");
        (await IsValidAsync(stranger.Services, cookie, header, token)).Should().BeFalse(
            "an instance on another database has another key ring; if this passed, keys were shared some other way (a local folder)");

        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("侨都");
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret).Should().Be("侨都");

        await using var db = database.CreateContext();
        (await db.DataProtectionKeys.CountAsync()).Should().BeGreaterThan(0);
    }

    /// <summary>An antiforgery cookie and token as an instance issues them (WebRoleTests uses them too).</summary>
    internal static (string Cookie, string Header, string Token) IssueToken(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var tokens = scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var name = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        return ($"{name}={tokens.CookieToken}", tokens.HeaderName!, tokens.RequestToken!);
    }

    internal static async Task<bool> IsValidAsync(IServiceProvider services, string cookie, string header, string token)
    {
        using var scope = services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.Headers.Cookie = cookie;
        context.Request.Headers[header] = token;
        return await scope.ServiceProvider.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
