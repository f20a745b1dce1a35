using AngleSharp;
using AngleSharp.Dom;

namespace Jiangmen.Dashboard.Tests;

/// <summary>One app on one seeded SQLite database, shared by the page tests of a class (they only read).</summary>
public sealed class PageFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public DashboardApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        App = new DashboardApplication(_database);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _database!.DisposeAsync();
    }

    /// <summary>GETs a page without following redirects and parses it.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string address)
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return (response, document);
    }
}
