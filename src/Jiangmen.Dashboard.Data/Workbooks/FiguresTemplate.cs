using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Data.Workbooks;

/// <summary>
/// Writes the workbook in which the bureau's analysts enter new sources and figures: a read-me, a Sources and a
/// Figures sheet with the seed columns under bilingual headers, and a Lists sheet of the catalogue's codes that the
/// drop-down lists of the two sheets draw on.
/// </summary>
public static class FiguresTemplate
{
    // Rows 2 to this one of each data sheet offer the drop-down lists.
    private const int LastRow = 2000;

    // Wide enough for the longest codes (industrial_value_added_above_size_growth) and a clause of a quote.
    private static readonly Dictionary<string, double> Widths = new()
    {
        ["id"] = 32, ["title_zh"] = 40, ["title_en"] = 40, ["publisher_zh"] = 28, ["publisher_en"] = 28, ["url"] = 30, ["read_at"] = 30,
        ["grade"] = 20, ["notes_zh"] = 40, ["notes_en"] = 40, ["subject"] = 18, ["indicator"] = 36, ["qualifier"] = 26, ["source"] = 32, ["quote"] = 50,
        ["revises"] = 30, ["note_zh"] = 30, ["note_en"] = 30,
    };

    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint WrappedStyle = 3;

    private static readonly string[] ReadMe =
    [
        "江门县域经济数据 · 新增数据工作簿 / Jiangmen county economy · workbook for new figures",
        "",
        "1. 在 Sources 表中每个来源填一行:来源编号(小写英文字母、数字和“-”,如 kaiping-2025-bulletin)、中英文标题和发布机构、发表日期(如 2025-03-12,只填已知部分,如 2025)、原文网址或阅读处、来源等级(下拉选择)。",
        "   Sources: one row per source: an id (lowercase letters, digits and '-'), title and publisher in both languages, the date as far as known, the address or where you read it, and its grade (drop-down).",
        "2. 在 Figures 表中每个数据填一行:主体类型和主体(地区代码,见 Lists 表)、指标代码、年份、数值和单位(照来源原样写,如 5.73 与 万元)、限定、来源编号,以及逐字照录的引文。",
        "   Figures: one row per figure: subject, indicator code, year, the value and unit exactly as the source writes them, the qualifier, the source id and the source's words, copied exactly.",
        "3. “超/突破”填 more_than,“以上/不少于”填 at_least,“约/预计/近”填 about,其余填 exact。不要自行换算、推算或取整。",
        "   超/突破 is more_than, 以上/不少于 at_least, 约/预计/近 about, anything else exact. Never convert, estimate or round a figure yourself.",
        "4. 如果新数据是某个初步数的最终数,在“revises”填那个初步数的来源编号。备注须中英文都填,或都不填。",
        "   If a figure is the final one of a preliminary figure, put the preliminary figure's source id in 'revises'. Notes go in both languages or not at all.",
        "5. 工作簿中的每个来源整体替换 seeds/ 中同编号的来源及其全部数据:修改已有来源时,请把它的全部数据都填上。",
        "   Each source in the workbook replaces the source of the same id in seeds/ with all its figures: to correct an existing source, give all of its figures.",
        "6. 检查:dotnet run --project src/Jiangmen.Dashboard.Web -- import 文件.xlsx --dry-run ;无误后去掉 --dry-run 导入,再运行 -- seed 载入数据库。",
        "   Check with 'import file.xlsx --dry-run' (add '--culture en' for English messages); then import without --dry-run, and run 'seed'.",
    ];

    public static void Write(string path, SeedSet catalogue)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

        var lists = Lists(catalogue);
        AddSheet(workbook, WorkbookColumns.ReadMe, [new Column { Min = 1, Max = 1, Width = 150, CustomWidth = true }],
            ReadMe.Select(line => (IReadOnlyList<string>)[line]).ToList(), headerRow: false, validations: null);
        AddDataSheet(workbook, WorkbookColumns.Sources, lists);
        AddDataSheet(workbook, WorkbookColumns.Figures, lists);
        AddSheet(workbook, WorkbookColumns.Lists, [new Column { Min = 1, Max = (uint)lists.Count * 3, Width = 24, CustomWidth = true }],
            ListRows(lists), headerRow: true, validations: null);
        workbook.Workbook.Save();
    }

    private sealed record CodeList(string Column, string Title, IReadOnlyList<(string Code, string Zh, string En)> Items, bool Strict = true);

    /// <summary>The Lists sheet, three columns a list (code, Chinese, English), and which seed column each list serves.</summary>
    private static List<CodeList> Lists(SeedSet catalogue)
    {
        var subjects = catalogue.Regions.Select(r => (r.Code, r.NameZh, r.NameEn))
            .Concat(catalogue.Platforms.Select(p => (p.Slug, p.NameZh, p.NameEn)))
            .Concat(catalogue.Partnerships.Select(p => (p.Slug, p.NameZh, p.NameEn)))
            .Concat(catalogue.Projects.Select(p => (p.Slug, p.NameZh, p.NameEn)))
            .ToList();
        var indicators = catalogue.Indicators.Select(i => (i.Code, $"{i.NameZh}({i.UnitZh})", $"{i.NameEn} ({i.UnitEn})")).ToList();
        var units = catalogue.Indicators.Select(i => (i.UnitZh, i.UnitEn))
            .Concat(UnitConversion.ConvertibleUnits.Select(u => (u, "")))
            .DistinctBy(u => u.Item1, StringComparer.Ordinal)
            .Select(u => (u.Item1, u.Item1, u.Item2))
            .ToList();
        return
        [
            new("subject_kind", "主体类型 subject_kind", [("region", "地区", "region"), ("platform", "平台", "platform"), ("partnership", "结对", "partnership"), ("project", "项目", "project")]),
            new("subject", "主体 subject", subjects),
            new("indicator", "指标 indicator", indicators),
            new("unit", "单位 unit", units),
            new("qualifier", "限定 qualifier",
                [("exact", "确切", "exact"), ("more_than", "超过(超、突破)", "more than"), ("at_least", "不少于(以上)", "at least"), ("about", "约(约、预计、近)", "about")]),
            new("grade", "来源等级 grade",
            [
                ("official", "官方发布", "Official release"),
                ("official_copy", "官方发布(转载)", "Official, read in a copy"),
                ("research_compilation", "研究汇编(官方公报)", "Research compilation of official bulletins"),
                ("research_dataset", "研究数据集", "Research dataset"),
                ("secondary", "二手资料", "Secondary source"),
            ]),
            // Any source may be revised, including one added on the Sources sheet, so this list only helps.
            new("revises", "已有来源 revises", catalogue.Sources.Select(s => (s.Id, s.TitleZh, s.TitleEn)).ToList(), Strict: false),
        ];
    }

    private static List<IReadOnlyList<string>> ListRows(List<CodeList> lists)
    {
        var rows = new List<IReadOnlyList<string>> { lists.SelectMany(l => new[] { l.Title, "中文", "English" }).ToList() };
        for (var i = 0; i < lists.Max(l => l.Items.Count); i++)
        {
            rows.Add(lists.SelectMany(l => i < l.Items.Count ? new[] { l.Items[i].Code, l.Items[i].Zh, l.Items[i].En } : ["", "", ""]).ToList());
        }

        return rows;
    }

    private static void AddDataSheet(WorkbookPart workbook, string name, List<CodeList> lists)
    {
        var columns = WorkbookColumns.Sheets[name].Columns;
        var validations = new List<DataValidation>();
        for (var c = 0; c < columns.Count; c++)
        {
            var cells = $"{WorkbookColumns.Letters(c + 1)}2:{WorkbookColumns.Letters(c + 1)}{LastRow}";
            if (name == WorkbookColumns.Figures && columns[c] == "source")
            {
                validations.Add(ListValidation(cells, $"{WorkbookColumns.Sources}!$A$2:$A${LastRow}", strict: true));
                continue;
            }

            var index = lists.FindIndex(l => l.Column == columns[c]);
            if (index >= 0)
            {
                var letter = WorkbookColumns.Letters((index * 3) + 1);
                validations.Add(ListValidation(cells, $"{WorkbookColumns.Lists}!${letter}$2:${letter}${lists[index].Items.Count + 1}", lists[index].Strict));
            }
        }

        var widths = columns.Select((column, c) => new Column
        {
            Min = (uint)c + 1,
            Max = (uint)c + 1,
            Width = Widths.GetValueOrDefault(column, 16),
            CustomWidth = true,
            Style = TextStyle,
        }).ToList();
        AddSheet(workbook, name, widths, [columns.Select(WorkbookColumns.Header).ToList()], headerRow: true, validations);
    }

    private static DataValidation ListValidation(string cells, string range, bool strict) => new()
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowErrorMessage = strict,
        ErrorTitle = "不在列表中 / Not in the list",
        Error = "请从下拉列表中选择(见 Lists 表)。 Choose from the drop-down list (see the Lists sheet).",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = cells },
        Formula1 = new Formula1(range),
    };

    private static void AddSheet(
        WorkbookPart workbook, string name, IReadOnlyList<Column> widths, List<IReadOnlyList<string>> rows, bool headerRow, List<DataValidation>? validations)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            if (headerRow && r == 0)
            {
                // Two lines (the Chinese label over the column's name): spreadsheet programs do not grow a row to fit on opening.
                row.Height = 32;
                row.CustomHeight = true;
            }

            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length == 0)
                {
                    continue;
                }

                row.Append(new Cell
                {
                    CellReference = $"{WorkbookColumns.Letters(c + 1)}{r + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = headerRow && r == 0 ? HeaderStyle : name == WorkbookColumns.ReadMe ? WrappedStyle : TextStyle,
                });
            }

            data.Append(row);
        }

        var worksheet = new Worksheet();
        if (headerRow)
        {
            // The header stays in view while scrolling down the rows.
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
        }

        worksheet.Append(new Columns(widths.Select(w => (Column)w.CloneNode(true))));
        worksheet.Append(data);
        if (validations is { Count: > 0 })
        {
            worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border()),
        new CellStyleFormats(new CellFormat()),
        new CellFormats(
            new CellFormat(),
            new CellFormat
            {
                FontId = 1,
                FillId = 2,
                ApplyFont = true,
                ApplyFill = true,
                Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top },
                ApplyAlignment = true,
            },
            // Text (@): Excel keeps what is typed, 516.50 stays 516.50 and 2024-02-01 is not made a date.
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true }),
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
}
