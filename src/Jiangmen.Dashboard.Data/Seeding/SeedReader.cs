using System.Globalization;
using System.Text.RegularExpressions;
using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>
/// Reads and validates every file of seeds/ (documented in seeds/README.md). Either the whole set is valid
/// or a <see cref="SeedException"/> lists every error with file, line and column.
/// </summary>
public static partial class SeedReader
{
    private static readonly Dictionary<string, RegionKind> RegionKinds = new()
    {
        ["city"] = RegionKind.City,
        ["district"] = RegionKind.District,
        ["county_city"] = RegionKind.CountyCity,
        ["town"] = RegionKind.Town,
    };

    public static readonly IReadOnlyDictionary<string, Qualifier> Qualifiers = new Dictionary<string, Qualifier>
    {
        ["exact"] = Qualifier.Exact,
        ["more_than"] = Qualifier.MoreThan,
        ["at_least"] = Qualifier.AtLeast,
        ["about"] = Qualifier.About,
    };

    private static readonly Dictionary<string, DesignationLevel> Levels = new()
    {
        ["national"] = DesignationLevel.National,
        ["provincial"] = DesignationLevel.Provincial,
    };

    private static readonly Dictionary<string, bool> YesNo = new()
    {
        ["yes"] = true,
        ["no"] = false,
    };

    private static readonly Dictionary<string, PartnershipSide> Sides = new()
    {
        ["east"] = PartnershipSide.East,
        ["west"] = PartnershipSide.West,
    };

    public static readonly IReadOnlyDictionary<string, SourceGrade> Grades = new Dictionary<string, SourceGrade>
    {
        ["official"] = SourceGrade.Official,
        ["official_copy"] = SourceGrade.OfficialCopy,
        ["research_compilation"] = SourceGrade.ResearchCompilation,
        ["research_dataset"] = SourceGrade.ResearchDataset,
        ["secondary"] = SourceGrade.Secondary,
    };

    public static readonly IReadOnlyDictionary<string, SubjectKind> SubjectKinds = new Dictionary<string, SubjectKind>
    {
        ["region"] = SubjectKind.Region,
        ["platform"] = SubjectKind.Platform,
        ["partnership"] = SubjectKind.Partnership,
        ["project"] = SubjectKind.Project,
    };

    public static readonly IReadOnlyList<string> SourceColumns =
        ["id", "title_zh", "title_en", "publisher_zh", "publisher_en", "authors", "published", "url", "read_at", "text_file", "grade", "notes_zh", "notes_en"];

    public static readonly IReadOnlyList<string> ObservationColumns =
        ["subject_kind", "subject", "indicator", "period", "value", "unit", "qualifier", "source", "quote", "revises", "note_zh", "note_en"];

    public static SeedSet Read(string directory)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(directory))
        {
            throw new SeedException([new SeedError(directory, 0, 0, "seeds directory not found", "找不到 seeds 目录")]);
        }

        var texts = new Dictionary<string, string>();
        var sources = ReadSources(directory, texts, errors);
        var categories = ReadCategories(directory, errors);
        var regions = ReadRegions(directory, errors);
        var indicators = ReadIndicators(directory, categories, errors);
        var refs = new References(sources, texts, regions, indicators);
        var partnerships = ReadPartnerships(directory, refs, errors);
        var members = ReadMembers(directory, refs, partnerships, errors);
        var (platforms, platformRegions) = ReadPlatforms(directory, refs, errors);
        var projects = ReadProjects(directory, refs, partnerships, platforms, errors);
        var designations = ReadDesignations(directory, refs, errors);
        var observations = ReadObservations(directory, refs, platforms, partnerships, projects, errors);

        if (errors.Count > 0)
        {
            throw new SeedException(errors);
        }

        return new SeedSet(sources.Values.ToList(), categories.Values.ToList(), regions.Values.ToList(),
            indicators.Values.ToList(), observations, designations, partnerships.Values.ToList(), members,
            platforms.Values.ToList(), platformRegions, projects.Values.ToList());
    }

    private sealed record References(
        Dictionary<string, Source> Sources,
        Dictionary<string, string> Texts,
        Dictionary<string, Region> Regions,
        Dictionary<string, Indicator> Indicators)
    {
        /// <summary>The source must exist; where seeds/ holds its text, the quote must occur in it verbatim.</summary>
        public (string SourceId, string Quote) Cited(TsvRow row)
        {
            var sourceId = row.Required("source");
            var quote = row.Required("quote");
            if (sourceId.Length > 0 && !Sources.ContainsKey(sourceId))
            {
                row.Fail("source", $"unknown source '{sourceId}' (not in sources.tsv)", $"未知的来源“{sourceId}”(sources.tsv 中没有)");
            }
            else if (quote.Length > 0 && Texts.TryGetValue(sourceId, out var text) && !text.Contains(quote, StringComparison.Ordinal))
            {
                row.Fail("quote", $"quote not found in the text of source '{sourceId}'", $"引文在来源“{sourceId}”的原文中找不到");
            }

            return (sourceId, quote);
        }

        public string Region(TsvRow row, string column)
        {
            var code = row.Required(column);
            if (code.Length > 0 && !Regions.ContainsKey(code))
            {
                row.Fail(column, $"unknown region code '{code}' (not in regions.tsv)", $"未知的地区代码“{code}”(regions.tsv 中没有)");
            }

            return code;
        }
    }

    private static Dictionary<string, Source> ReadSources(string directory, Dictionary<string, string> texts, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "sources.tsv", SourceColumns, errors);
        var sources = Keyed(file, row => Slug(row, "id"), errors, row => new Source
        {
            Id = row.Required("id"),
            TitleZh = row.Required("title_zh"),
            TitleEn = row.Required("title_en"),
            PublisherZh = row.Required("publisher_zh"),
            PublisherEn = row.Required("publisher_en"),
            Authors = row.Optional("authors"),
            Published = Published(row),
            Url = row.Optional("url"),
            ReadAt = row.Optional("read_at"),
            Grade = row.Code("grade", Grades),
            NotesZh = BothOrNeither(row, "notes_zh", "notes_en").Zh,
            NotesEn = row.Optional("notes_en"),
        });

        foreach (var row in file.Rows)
        {
            var textFile = row.Optional("text_file");
            if (textFile is null)
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(directory, textFile));
            if (!path.StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                row.Fail("text_file", $"text file '{textFile}' not found inside seeds/", $"在 seeds/ 中找不到原文文件“{textFile}”");
                continue;
            }

            texts[row.Required("id")] = File.ReadAllText(path);
        }

        return sources;
    }

    private static Dictionary<string, Category> ReadCategories(string directory, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "categories.tsv", ["code", "name_zh", "name_en", "sort"], errors);
        return Keyed(file, row => Code(row, "code"), errors, row => new Category
        {
            Code = row.Required("code"),
            NameZh = row.Required("name_zh"),
            NameEn = row.Required("name_en"),
            Sort = row.Int("sort"),
        });
    }

    private static Dictionary<string, Region> ReadRegions(string directory, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "regions.tsv", ["code", "slug", "name_zh", "name_en", "kind", "parent"], errors);
        var regions = Keyed(file, row =>
        {
            var code = row.Required("code");
            if (code.Length > 0 && !DivisionCode().IsMatch(code))
            {
                row.Fail("code", $"region code '{code}' is not a 6- or 9-digit division code", $"地区代码“{code}”不是6位或9位的行政区划代码");
            }

            return code;
        }, errors, row => new Region
        {
            Code = row.Required("code"),
            Slug = Slug(row, "slug"),
            NameZh = row.Required("name_zh"),
            NameEn = row.Required("name_en"),
            Kind = row.Code("kind", RegionKinds),
            ParentCode = row.Optional("parent"),
        });

        Unique(file, row => row.Required("slug"), "slug", errors);
        foreach (var row in file.Rows)
        {
            var parent = row.Optional("parent");
            if (parent is not null && !regions.ContainsKey(parent))
            {
                row.Fail("parent", $"unknown parent region code '{parent}'", $"未知的上级地区代码“{parent}”");
            }
        }

        return regions;
    }

    private static Dictionary<string, Indicator> ReadIndicators(string directory, Dictionary<string, Category> categories, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "indicators.tsv",
            ["code", "name_zh", "name_en", "unit_zh", "unit_en", "category", "decimals", "additive", "notes_zh", "notes_en"], errors);
        return Keyed(file, row => Code(row, "code"), errors, row =>
        {
            var category = row.Required("category");
            if (category.Length > 0 && !categories.ContainsKey(category))
            {
                row.Fail("category", $"unknown category '{category}' (not in categories.tsv)", $"未知的类别“{category}”(categories.tsv 中没有)");
            }

            return new Indicator
            {
                Code = row.Required("code"),
                NameZh = row.Required("name_zh"),
                NameEn = row.Required("name_en"),
                UnitZh = row.Required("unit_zh"),
                UnitEn = row.Required("unit_en"),
                CategoryCode = category,
                Decimals = row.Int("decimals"),
                Additive = row.Code("additive", YesNo),
                NotesZh = row.Optional("notes_zh"),
                NotesEn = row.Optional("notes_en"),
            };
        });
    }

    private static Dictionary<string, Partnership> ReadPartnerships(string directory, References refs, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "partnerships.tsv", ["slug", "name_zh", "name_en", "kinds", "source", "quote"], errors);
        return Keyed(file, row => Slug(row, "slug"), errors, row =>
        {
            var kinds = row.List("kinds");
            foreach (var kind in kinds.Where(k => !SeedCodes.CooperationKinds.Contains(k)))
            {
                var allowed = string.Join(", ", SeedCodes.CooperationKinds);
                row.Fail("kinds", $"unknown kind of cooperation '{kind}'; allowed: {allowed}", $"未知的协作类型“{kind}”;可选:{allowed}");
            }

            var (sourceId, quote) = refs.Cited(row);
            return new Partnership
            {
                Slug = row.Required("slug"),
                NameZh = row.Required("name_zh"),
                NameEn = row.Required("name_en"),
                Kinds = string.Join(';', kinds),
                SourceId = sourceId,
                Quote = quote,
            };
        });
    }

    private static List<PartnershipMember> ReadMembers(
        string directory, References refs, Dictionary<string, Partnership> partnerships, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "partnership_members.tsv", ["partnership", "region", "side"], errors);
        Unique(file, row => $"{row.Required("partnership")}|{row.Required("region")}", "region", errors, whatZh: "成员");
        return file.Rows.Select(row => new PartnershipMember
        {
            PartnershipSlug = Existing(row, "partnership", partnerships, "partnerships.tsv"),
            RegionCode = refs.Region(row, "region"),
            Side = row.Code("side", Sides),
        }).ToList();
    }

    private static (Dictionary<string, Platform>, List<PlatformRegion>) ReadPlatforms(string directory, References refs, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "platforms.tsv", ["slug", "name_zh", "name_en", "kind", "regions", "source", "quote"], errors);
        var platforms = Keyed(file, row => Slug(row, "slug"), errors, row =>
        {
            var (sourceId, quote) = refs.Cited(row);
            return new Platform
            {
                Slug = row.Required("slug"),
                NameZh = row.Required("name_zh"),
                NameEn = row.Required("name_en"),
                Kind = Known(row, "kind", SeedCodes.PlatformKinds, "kind of platform", "平台类型"),
                SourceId = sourceId,
                Quote = quote,
            };
        });

        var platformRegions = new List<PlatformRegion>();
        foreach (var row in file.Rows)
        {
            foreach (var code in row.List("regions").Distinct())
            {
                if (!refs.Regions.ContainsKey(code))
                {
                    row.Fail("regions", $"unknown region code '{code}' (not in regions.tsv)", $"未知的地区代码“{code}”(regions.tsv 中没有)");
                }

                platformRegions.Add(new PlatformRegion { PlatformSlug = row.Required("slug"), RegionCode = code });
            }
        }

        return (platforms, platformRegions);
    }

    private static Dictionary<string, Project> ReadProjects(
        string directory, References refs, Dictionary<string, Partnership> partnerships, Dictionary<string, Platform> platforms, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "projects.tsv",
            ["slug", "partnership", "platform", "kind", "name_zh", "name_en", "investor_zh", "investor_en", "beneficiaries_zh", "beneficiaries_en", "source", "quote"], errors);
        return Keyed(file, row => Slug(row, "slug"), errors, row =>
        {
            var (sourceId, quote) = refs.Cited(row);
            return new Project
            {
                Slug = row.Required("slug"),
                PartnershipSlug = OptionalExisting(row, "partnership", partnerships, "partnerships.tsv"),
                PlatformSlug = OptionalExisting(row, "platform", platforms, "platforms.tsv"),
                Kind = Known(row, "kind", SeedCodes.ProjectKinds, "kind of project", "项目类型"),
                NameZh = row.Required("name_zh"),
                NameEn = row.Required("name_en"),
                InvestorZh = BothOrNeither(row, "investor_zh", "investor_en").Zh,
                InvestorEn = row.Optional("investor_en"),
                BeneficiariesZh = BothOrNeither(row, "beneficiaries_zh", "beneficiaries_en").Zh,
                BeneficiariesEn = row.Optional("beneficiaries_en"),
                SourceId = sourceId,
                Quote = quote,
            };
        });
    }

    private static List<Designation> ReadDesignations(string directory, References refs, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "designations.tsv", ["region", "name_zh", "name_en", "level", "year", "source", "quote"], errors);
        Unique(file, row => $"{row.Required("region")}|{row.Required("name_zh")}", "name_zh", errors, whatZh: "称号");
        return file.Rows.Select(row =>
        {
            var (sourceId, quote) = refs.Cited(row);
            return new Designation
            {
                RegionCode = refs.Region(row, "region"),
                NameZh = row.Required("name_zh"),
                NameEn = row.Required("name_en"),
                Level = row.Code("level", Levels),
                Year = row.OptionalInt("year"),
                SourceId = sourceId,
                Quote = quote,
            };
        }).ToList();
    }

    private static List<Observation> ReadObservations(
        string directory,
        References refs,
        Dictionary<string, Platform> platforms,
        Dictionary<string, Partnership> partnerships,
        Dictionary<string, Project> projects,
        List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "observations.tsv", ObservationColumns, errors);
        Unique(file, row => $"{FigureKey(row)}|{row.Required("source")}", "source", errors,
            "figure of this subject, indicator and period from this source", "同一来源对同一主体、指标和时期的数据");

        var subjects = new Subjects(refs.Regions, platforms, partnerships, projects);
        var observations = file.Rows.Select(row => ReadObservation(row, refs, subjects)).ToList();
        CheckRevisions(file, observations, refs.Sources);
        return observations;
    }

    /// <summary>What an observation may be about.</summary>
    private sealed record Subjects(
        Dictionary<string, Region> Regions, Dictionary<string, Platform> Platforms, Dictionary<string, Partnership> Partnerships,
        Dictionary<string, Project> Projects)
    {
        public bool Knows(SubjectKind kind, string subject) => kind switch
        {
            SubjectKind.Region => Regions.ContainsKey(subject),
            SubjectKind.Platform => Platforms.ContainsKey(subject),
            SubjectKind.Partnership => Partnerships.ContainsKey(subject),
            _ => Projects.ContainsKey(subject),
        };
    }

    private static Observation ReadObservation(TsvRow row, References refs, Subjects subjects)
    {
        var kind = row.Code("subject_kind", SubjectKinds);
        var subject = row.Required("subject");
        if (subject.Length > 0 && !subjects.Knows(kind, subject))
        {
            row.Fail("subject", $"unknown {kind.ToString().ToLowerInvariant()} '{subject}'", $"未知的{SubjectKindZh(kind)}“{subject}”");
        }

        var code = row.Required("indicator");
        var indicator = refs.Indicators.GetValueOrDefault(code);
        if (code.Length > 0 && indicator is null)
        {
            row.Fail("indicator", $"unknown indicator '{code}' (not in indicators.tsv)", $"未知的指标“{code}”(indicators.tsv 中没有)");
        }

        var (sourceId, quote) = refs.Cited(row);
        var written = row.Decimal("value");
        var unit = row.Required("unit");
        var converted = indicator is not null && unit.Length > 0 && unit != indicator.UnitZh;
        var inIndicatorUnit = indicator is null || unit.Length == 0 ? new(UnitConversionOutcome.Converted, written, written.Scale) : InIndicatorUnit(row, written, unit, indicator);
        var (noteZh, noteEn) = Notes(row);
        return new Observation
        {
            RegionCode = kind == SubjectKind.Region ? subject : null,
            PlatformSlug = kind == SubjectKind.Platform ? subject : null,
            PartnershipSlug = kind == SubjectKind.Partnership ? subject : null,
            ProjectSlug = kind == SubjectKind.Project ? subject : null,
            IndicatorCode = code,
            Period = ReadPeriod(row),
            Value = DecimalValue.Normalize(inIndicatorUnit.Value),
            Decimals = inIndicatorUnit.Decimals,
            Qualifier = row.Code("qualifier", Qualifiers),
            SourceId = sourceId,
            Quote = quote,
            UnitAsWritten = converted ? unit : null,
            ValueAsWritten = converted ? DecimalValue.Normalize(written) : null,
            RevisesSourceId = row.Optional("revises"),
            NoteZh = noteZh,
            NoteEn = noteEn,
        };
    }

    private static string ReadPeriod(TsvRow row)
    {
        var period = row.Required("period");
        if (period.Length > 0 && !Period().IsMatch(period))
        {
            row.Fail("period", $"period '{period}' must be a year such as 2023 (or a quarter such as 2023Q1)",
                $"时期“{period}”应为年份,例如 2023(季度写作 2023Q1)");
        }

        return period;
    }

    /// <summary>A note is given in both languages or not at all.</summary>
    private static (string? Zh, string? En) Notes(TsvRow row) => BothOrNeither(row, "note_zh", "note_en");

    /// <summary>
    /// Text a reader sees (a note, an investor) is given in both languages or not at all, so that neither page shows
    /// the other language's words in its place.
    /// </summary>
    private static (string? Zh, string? En) BothOrNeither(TsvRow row, string zhColumn, string enColumn)
    {
        var (zh, en) = (row.Optional(zhColumn), row.Optional(enColumn));
        if ((zh is null) != (en is null))
        {
            row.Fail(zh is null ? zhColumn : enColumn, $"given in both languages ({zhColumn} and {enColumn}) or not at all",
                $"须同时有中文({zhColumn})和英文({enColumn}),或都不填");
        }

        return (zh, en);
    }

    /// <summary>The value in the indicator's unit; a unit that does not convert, or not exactly, is an error.</summary>
    private static UnitConversionResult InIndicatorUnit(TsvRow row, decimal written, string unit, Indicator indicator)
    {
        var result = UnitConversion.Convert(written, unit, indicator.UnitZh);
        var text = written.ToString(CultureInfo.InvariantCulture);
        switch (result.Outcome)
        {
            case UnitConversionOutcome.NotConvertible:
                row.Fail("unit", $"unit '{unit}' cannot be converted to '{indicator.UnitZh}', the unit of indicator '{indicator.Code}'",
                    $"单位“{unit}”无法换算为指标“{indicator.Code}”的单位“{indicator.UnitZh}”");
                break;
            case UnitConversionOutcome.NotWhole:
                row.Fail("value", $"{text} {unit} is not a whole number of {indicator.UnitZh}", $"{text}{unit}换算为{indicator.UnitZh}不是整数");
                break;
            case UnitConversionOutcome.Inexact:
                row.Fail("value", $"{text} {unit} cannot be converted exactly to {indicator.UnitZh}", $"{text}{unit}无法精确换算为{indicator.UnitZh}");
                break;
        }

        return result;
    }

    /// <summary>
    /// A figure may name, in `revises`, the source of an earlier figure of the same subject, indicator and period that it
    /// replaces. That figure must exist, be revised only once, not be published after its revision, and no chain of
    /// revisions may come back to where it started.
    /// </summary>
    private static void CheckRevisions(TsvFile file, List<Observation> observations, Dictionary<string, Source> sources)
    {
        var figures = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            figures.TryAdd($"{SeedLoader.FigureKey(o)}|{o.SourceId}", o);
        }

        var revisedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, o) in file.Rows.Zip(observations))
        {
            if (o.RevisesSourceId is not { } revised)
            {
                continue;
            }

            var target = $"{SeedLoader.FigureKey(o)}|{revised}";
            if (revised == o.SourceId)
            {
                row.Fail("revises", "a figure cannot revise itself: revises names its own source", "数据不能修订自身:revises 填的是本数据自己的来源");
            }
            else if (!sources.ContainsKey(revised))
            {
                row.Fail("revises", $"unknown source '{revised}' (not in sources.tsv)", $"未知的来源“{revised}”(sources.tsv 中没有)");
            }
            else if (!figures.ContainsKey(target))
            {
                row.Fail("revises", $"revises nothing: source '{revised}' gives no figure of this subject, indicator and period",
                    $"修订的对象不存在:来源“{revised}”没有同一主体、指标和时期的数据");
            }
            else if (!revisedAt.TryAdd(target, row.Line))
            {
                row.Fail("revises", $"the figure from '{revised}' is already revised at line {revisedAt[target]}",
                    $"来源“{revised}”的这项数据已在第 {revisedAt[target]} 行被修订");
            }
            else if (PublishedBefore(sources.GetValueOrDefault(o.SourceId)?.Published, sources[revised].Published))
            {
                row.Fail("revises", $"revises a figure published later ({sources[revised].Published}) than its own source ({sources[o.SourceId].Published})",
                    $"所修订的数据发表于 {sources[revised].Published},晚于本数据来源的发表日期 {sources[o.SourceId].Published}");
            }
        }

        foreach (var (row, o) in file.Rows.Zip(observations))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { o.SourceId };
            // A figure naming its own source is reported above.
            for (var at = o; at.RevisesSourceId is { } next && next != at.SourceId && figures.TryGetValue($"{SeedLoader.FigureKey(at)}|{next}", out var earlier); at = earlier)
            {
                if (!seen.Add(earlier.SourceId))
                {
                    row.Fail("revises", "revisions go round in a circle", "修订关系形成循环");
                    break;
                }
            }
        }
    }

    private static bool PublishedBefore(string? a, string? b) =>
        a is not null && b is not null && PreferredObservation.ComparePublished(a, b) < 0;

    private static string? Published(TsvRow row)
    {
        var published = row.Optional("published");
        if (published is not null && !IsDate(published))
        {
            row.Fail("published", $"published '{published}' must be a date (2024-02-01), a month (2024-02) or a year (2024)",
                $"发表日期“{published}”应写作日期(2024-02-01)、年月(2024-02)或年份(2024)");
        }

        return published;
    }

    private static bool IsDate(string text) => text.Length switch
    {
        4 => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        7 => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    private static string FigureKey(TsvRow row) =>
        $"{row.Required("subject_kind")}:{row.Required("subject")}|{row.Required("indicator")}|{row.Required("period")}";

    private static string SubjectKindZh(SubjectKind kind) => kind switch
    {
        SubjectKind.Region => "地区",
        SubjectKind.Platform => "平台",
        SubjectKind.Partnership => "结对",
        _ => "项目",
    };

    /// <summary>Builds one entity per row, keyed by the row's key; a repeated key is an error at the repeating line.</summary>
    private static Dictionary<string, T> Keyed<T>(TsvFile file, Func<TsvRow, string> key, List<SeedError> errors, Func<TsvRow, T> build)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var k = key(row);
            var entity = build(row);
            if (k.Length == 0)
            {
                continue;
            }

            if (!firstLine.TryAdd(k, row.Line))
            {
                errors.Add(row.ErrorAt(file.Columns[0], $"duplicate key '{k}' (first at line {firstLine[k]})", $"重复的键“{k}”(首次出现在第 {firstLine[k]} 行)"));
                continue;
            }

            result[k] = entity;
        }

        return result;
    }

    private static void Unique(TsvFile file, Func<TsvRow, string> key, string column, List<SeedError> errors, string? what = null, string? whatZh = null)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var k = key(row);
            if (!firstLine.TryAdd(k, row.Line))
            {
                errors.Add(row.ErrorAt(column, $"duplicate {what ?? column} '{k}' (first at line {firstLine[k]})",
                    $"重复的{whatZh ?? column}“{k}”(首次出现在第 {firstLine[k]} 行)"));
            }
        }
    }

    private static string Existing<T>(TsvRow row, string column, Dictionary<string, T> known, string fileName)
    {
        var key = row.Required(column);
        if (key.Length > 0 && !known.ContainsKey(key))
        {
            row.Fail(column, $"unknown {column} '{key}' (not in {fileName})", $"未知的 {column}“{key}”({fileName} 中没有)");
        }

        return key;
    }

    private static string? OptionalExisting<T>(TsvRow row, string column, Dictionary<string, T> known, string fileName) =>
        row.Optional(column) is null ? null : Existing(row, column, known, fileName);

    private static string Slug(TsvRow row, string column)
    {
        var slug = row.Required(column);
        if (slug.Length > 0 && !SlugPattern().IsMatch(slug))
        {
            row.Fail(column, $"'{slug}' must be lowercase ASCII letters and digits joined by '-'", $"“{slug}”只能由小写英文字母和数字组成,以“-”连接");
        }

        return slug;
    }

    private static string Code(TsvRow row, string column)
    {
        var code = row.Required(column);
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            row.Fail(column, $"'{code}' must be lowercase ASCII snake_case", $"“{code}”只能由小写英文字母、数字和“_”组成");
        }

        return code;
    }

    private static string Known(TsvRow row, string column, IReadOnlyList<string> allowed, string what, string whatZh)
    {
        var code = row.Required(column);
        if (code.Length > 0 && !allowed.Contains(code))
        {
            var list = string.Join(", ", allowed);
            row.Fail(column, $"unknown {what} '{code}'; allowed: {list}", $"未知的{whatZh}“{code}”;可选:{list}");
        }

        return code;
    }

    [GeneratedRegex("^[0-9]{6}([0-9]{3})?$")]
    private static partial Regex DivisionCode();

    [GeneratedRegex("^[0-9]{4}(Q[1-4])?$")]
    private static partial Regex Period();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
