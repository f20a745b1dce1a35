namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>One problem in seeds/, located like a compiler error: file, 1-based line and column (field number).</summary>
public sealed record SeedError(string File, int Line, int Column, string Reason)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}

/// <summary>Thrown when seeds/ does not validate; nothing has been written.</summary>
public sealed class SeedException(IReadOnlyList<SeedError> errors)
    : Exception($"seeds/ has {errors.Count} error(s); nothing was written. First: {errors[0]}")
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
