namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>One problem in seeds/, located like a compiler error: file, 1-based line and column (field number).</summary>
public sealed record SeedError(string File, int Line, int Column, string Reason)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}
