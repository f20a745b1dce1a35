namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// One problem in seeds/, located like a compiler error: file, 1-based line and column (field number). The reason is
/// given in English and in Chinese, for the bureau's analysts who import workbooks.
/// </summary>
public sealed record SeedError(string File, int Line, int Column, string Reason, string ReasonZh)
{
    public string ReasonIn(bool chinese) => chinese ? ReasonZh : Reason;

    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}
