using System.Text.RegularExpressions;
using System.Xml.Linq;
using Jiangmen.Dashboard.Data.Seeding;
using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Tests.Shared;

/// <summary>
/// Interface text cannot fail silently: code reaches it through the generated Strings class (a key that does not exist
/// does not compile), so what is left to check is that both languages hold every key, that no key is dead, and that
/// every kind seeds/ may use has a name.
/// </summary>
public sealed partial class TextTests
{
    private static readonly string Web = Path.Combine(Repository.Root, "src", "Jiangmen.Dashboard.Web");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Web, "Shared", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Chinese_and_English_have_the_same_keys_and_no_empty_text()
    {
        var zh = Read("Strings.resx");
        var en = Read("Strings.en.resx");

        zh.Keys.Should().BeEquivalentTo(en.Keys);
        zh.Values.Concat(en.Values).Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
    }

    [Fact]
    public void Every_key_is_used_by_the_code_or_a_view()
    {
        var sources = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var used = sources.SelectMany(text => StringsReference().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet();

        Read("Strings.resx").Keys.Where(key => !used.Contains(key)).Should().BeEmpty("a key no code reads is dead text");
    }

    [Fact]
    public void Every_kind_that_seeds_may_use_has_a_name_in_both_languages()
    {
        Text.PlatformKinds.Keys.Should().BeEquivalentTo(SeedCodes.PlatformKinds);
        Text.ProjectKinds.Keys.Should().BeEquivalentTo(SeedCodes.ProjectKinds);
        Text.CooperationKinds.Keys.Should().BeEquivalentTo(SeedCodes.CooperationKinds);
        foreach (var key in Text.PlatformKinds.Values.Concat(Text.ProjectKinds.Values).Concat(Text.CooperationKinds.Values))
        {
            Text.In(Text.Chinese, key).Should().NotBe(Text.In(Text.English, key), $"{key} is translated");
        }
    }

    [GeneratedRegex(@"\bStrings\.([A-Za-z0-9_]+)\b")]
    private static partial Regex StringsReference();
}
