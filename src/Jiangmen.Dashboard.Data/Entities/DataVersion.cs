namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>
/// The one row that says which load of the data the database holds. Every load that changes the data writes a new
/// stamp in the same transaction, so any process (several app instances, a `seed` run) can tell cheaply whether what
/// it cached was drawn from the data now there.
/// </summary>
public sealed class DataVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public required string Stamp { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>A fresh stamp for a load that changed the data.</summary>
    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
