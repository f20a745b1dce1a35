namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>Thrown when seeds/ does not validate; nothing has been written.</summary>
public sealed class SeedException(IReadOnlyList<SeedError> errors)
    : Exception($"seeds/ has {errors.Count} error(s); nothing was written. First: {errors[0]}")
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
