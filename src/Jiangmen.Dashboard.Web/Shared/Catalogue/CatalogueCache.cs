using Jiangmen.Dashboard.Data;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Keeps the <see cref="Catalogue"/> of the data now in the database. Each request asks for the stamp that every load
/// writes (one row by its key), so a reseed by another process or instance is seen by the next request; the catalogue
/// of an older stamp is never used again. Safe to lose: it is read again from the database.
/// </summary>
public sealed class CatalogueCache(IServiceScopeFactory scopes, DatabaseSettings settings)
{
    private Catalogue? _current;

    /// <summary>
    /// The catalogue last read, without asking the database: for the layout's region picker, which the page has almost
    /// always just brought up to date (and a name list a reseed rarely changes); null before any read.
    /// </summary>
    public Catalogue? Current => _current;

    public async Task<Catalogue> GetAsync(CancellationToken ct)
    {
        var stamp = await DataVersionStamp.ReadAsync(settings, ct);
        var current = _current;
        return current is not null && stamp is not null && current.Stamp == stamp ? current : await LoadAsync(stamp, ct);
    }

    /// <summary>
    /// Reads the catalogue again: for observations read after a load that the catalogue in hand predates (they may name
    /// an indicator or a source it does not know).
    /// </summary>
    private async Task<Catalogue> ReloadAsync(CancellationToken ct) => await LoadAsync(await DataVersionStamp.ReadAsync(settings, ct), ct);

    private async Task<Catalogue> LoadAsync(string? stamp, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalogue = await Catalogue.LoadAsync(scope.ServiceProvider.GetRequiredService<DashboardContext>(), stamp, ReloadAsync, ct);
        if (stamp is not null)
        {
            _current = catalogue;
        }

        return catalogue;
    }
}
