using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>
/// The sheets of the figures workbook and their columns: exactly the columns of sources.tsv and observations.tsv, in
/// the same order, so that column N of a sheet is field N of its file. Headers carry a Chinese label over the code.
/// </summary>
internal static class WorkbookColumns
{
    public const string Sources = "Sources";
    public const string Figures = "Figures";
    public const string Lists = "Lists";
    public const string ReadMe = "ReadMe";

    public static readonly IReadOnlyDictionary<string, (string File, IReadOnlyList<string> Columns)> Sheets =
        new Dictionary<string, (string, IReadOnlyList<string>)>
        {
            [Sources] = ("sources.tsv", SeedReader.SourceColumns),
            [Figures] = ("observations.tsv", SeedReader.ObservationColumns),
        };

    private static readonly Dictionary<string, string> LabelsZh = new()
    {
        ["id"] = "来源编号",
        ["title_zh"] = "标题(中文)",
        ["title_en"] = "标题(英文)",
        ["publisher_zh"] = "发布机构(中文)",
        ["publisher_en"] = "发布机构(英文)",
        ["authors"] = "作者(用;分隔)",
        ["published"] = "发表日期",
        ["url"] = "原文网址",
        ["read_at"] = "阅读处(转载、镜像等)",
        ["text_file"] = "原文文件(开发人员填写)",
        ["grade"] = "来源等级",
        ["notes_zh"] = "来源说明(中文)",
        ["notes_en"] = "来源说明(英文)",
        ["subject_kind"] = "主体类型",
        ["subject"] = "主体(地区代码等)",
        ["indicator"] = "指标代码",
        ["period"] = "时期(年份)",
        ["value"] = "数值(照来源写)",
        ["unit"] = "单位(照来源写)",
        ["qualifier"] = "限定(确切/超过/不少于/约)",
        ["source"] = "来源编号",
        ["quote"] = "引文(逐字照录)",
        ["revises"] = "所修订数据的来源编号",
        ["note_zh"] = "备注(中文)",
        ["note_en"] = "备注(英文)",
    };

    public static string Header(string column) => $"{LabelsZh[column]}\n{column}";

    /// <summary>A1-style letters of a 1-based column number.</summary>
    public static string Letters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}
