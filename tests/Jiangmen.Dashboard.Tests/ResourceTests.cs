using System.Xml.Linq;

namespace Jiangmen.Dashboard.Tests;

public sealed class ResourceTests
{
    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(Repository.Root, "src", "Jiangmen.Dashboard.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    [Fact]
    public void Chinese_and_English_resources_have_the_same_keys_and_no_empty_text()
    {
        var zh = Read("SharedResource.resx");
        var en = Read("SharedResource.en.resx");

        zh.Keys.Should().BeEquivalentTo(en.Keys);
        zh.Values.Concat(en.Values).Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
    }
}
