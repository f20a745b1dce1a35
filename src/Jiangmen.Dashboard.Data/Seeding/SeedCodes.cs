namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// The codes seeds/ may use for kinds that are kept as text. The loader refuses any other, so that every kind stored
/// has its name in both languages in the web app (a test there compares its names with these lists).
/// </summary>
public static class SeedCodes
{
    public static readonly IReadOnlyList<string> PlatformKinds =
        ["cooperation_zone", "industrial_park", "industry_cluster", "main_platform", "other", "pilot_zone"];

    public static readonly IReadOnlyList<string> ProjectKinds = ["company", "fund", "other", "project", "route"];

    /// <summary>Kinds of cooperation in an east–west pairing.</summary>
    public static readonly IReadOnlyList<string> CooperationKinds = ["industry", "education", "health", "rural"];
}
