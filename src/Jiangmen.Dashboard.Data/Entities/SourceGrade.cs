namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>
/// How close to the publisher the text we read was. Declared from the most official to the least, so that comparing
/// two grades says which is the more official (seeds/README.md describes each).
/// </summary>
public enum SourceGrade
{
    /// <summary>The publisher's own page (官方发布).</summary>
    Official,

    /// <summary>A bulletin, yearbook table, work report or government news item read in a repost or mirror that names the publisher (官方发布（转载）).</summary>
    OfficialCopy,

    /// <summary>Official figures compiled by researchers, such as census bulletins (研究汇编（官方公报）).</summary>
    ResearchCompilation,

    /// <summary>A research data table whose compiler is not named (研究数据集).</summary>
    ResearchDataset,

    /// <summary>A page that restates figures without naming its source (二手资料).</summary>
    Secondary,
}
