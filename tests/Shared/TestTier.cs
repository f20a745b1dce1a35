namespace Jiangmen.Dashboard.Testing;

/// <summary>
/// Which tests run. A plain `dotnet test` is the fast tier: in-process on SQLite, nothing to install, no root.
/// ./test.sh (what CI runs) sets JIANGMEN_TEST_TIER=full: every test also on PostgreSQL, plus the browser and production
/// projects; there a part that cannot be set up fails the run, it never skips.
/// </summary>
public static class TestTier
{
    public const string Variable = "JIANGMEN_TEST_TIER";

    public static bool Full => Environment.GetEnvironmentVariable(Variable) == "full";
}
