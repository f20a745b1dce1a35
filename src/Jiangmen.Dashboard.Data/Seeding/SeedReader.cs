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

    private static readonly Dictionary<string, SubjectKind> SubjectKinds = new()
    {
        ["region"] = SubjectKind.Region,
        ["platform"] = SubjectKind.Platform,
        ["partnership"] = SubjectKind.Partnership,
        ["project"] = SubjectKind.Project,
    };

    private static readonly Dictionary<string, DesignationLevel> Levels = new()
    {
        ["national"] = DesignationLevel.National,
        ["provincial"] = DesignationLevel.Provincial,
    };

    private static readonly Dictionary<string, PartnershipSide> Sides = new()
    {
        ["east"] = PartnershipSide.East,
        ["west"] = PartnershipSide.West,
    };

    public static SeedSet Read(string directory)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(directory))
        {
            throw new SeedException([new SeedError(directory, 0, 0, "seeds directory not found")]);
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
                row.Fail("source", $"unknown source '{sourceId}' (not in sources.tsv)");
            }
            else if (quote.Length > 0 && Texts.TryGetValue(sourceId, out var text) && !text.Contains(quote, StringComparison.Ordinal))
            {
                row.Fail("quote", $"quote not found in the text of source '{sourceId}'");
            }

            return (sourceId, quote);
        }

        public string Region(TsvRow row, string column)
        {
            var code = row.Required(column);
            if (code.Length > 0 && !Regions.ContainsKey(code))
            {
                row.Fail(column, $"unknown region code '{code}' (not in regions.tsv)");
            }

            return code;
        }
    }

    private static Dictionary<string, Source> ReadSources(string directory, Dictionary<string, string> texts, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "sources.tsv",
            ["id", "title_zh", "title_en", "publisher_zh", "publisher_en", "authors", "published", "url", "read_at", "text_file", "notes"], errors);
        var sources = Keyed(file, row => Slug(row, "id"), errors, row => new Source
        {
            Id = row.Required("id"),
            TitleZh = row.Required("title_zh"),
            TitleEn = row.Required("title_en"),
            PublisherZh = row.Required("publisher_zh"),
            PublisherEn = row.Required("publisher_en"),
            Authors = row.Optional("authors"),
            Published = row.Optional("published"),
            Url = row.Optional("url"),
            ReadAt = row.Optional("read_at"),
            Notes = row.Optional("notes"),
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
                row.Fail("text_file", $"text file '{textFile}' not found inside seeds/");
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
                row.Fail("code", $"region code '{code}' is not a 6- or 9-digit division code");
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
                row.Fail("parent", $"unknown parent region code '{parent}'");
            }
        }

        return regions;
    }

    private static Dictionary<string, Indicator> ReadIndicators(string directory, Dictionary<string, Category> categories, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "indicators.tsv",
            ["code", "name_zh", "name_en", "unit_zh", "unit_en", "category", "decimals", "notes_zh", "notes_en"], errors);
        return Keyed(file, row => Code(row, "code"), errors, row =>
        {
            var category = row.Required("category");
            if (category.Length > 0 && !categories.ContainsKey(category))
            {
                row.Fail("category", $"unknown category '{category}' (not in categories.tsv)");
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
                row.Fail("kinds", $"unknown kind of cooperation '{kind}'; allowed: {string.Join(", ", SeedCodes.CooperationKinds)}");
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
        Unique(file, row => $"{row.Required("partnership")}|{row.Required("region")}", "region", errors);
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
                Kind = Known(row, "kind", SeedCodes.PlatformKinds, "kind of platform"),
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
                    row.Fail("regions", $"unknown region code '{code}' (not in regions.tsv)");
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
            ["slug", "partnership", "platform", "kind", "name_zh", "name_en", "investor_zh", "beneficiaries_zh", "source", "quote"], errors);
        return Keyed(file, row => Slug(row, "slug"), errors, row =>
        {
            var (sourceId, quote) = refs.Cited(row);
            return new Project
            {
                Slug = row.Required("slug"),
                PartnershipSlug = OptionalExisting(row, "partnership", partnerships, "partnerships.tsv"),
                PlatformSlug = OptionalExisting(row, "platform", platforms, "platforms.tsv"),
                Kind = Known(row, "kind", SeedCodes.ProjectKinds, "kind of project"),
                NameZh = row.Required("name_zh"),
                NameEn = row.Required("name_en"),
                InvestorZh = row.Optional("investor_zh"),
                BeneficiariesZh = row.Optional("beneficiaries_zh"),
                SourceId = sourceId,
                Quote = quote,
            };
        });
    }

    private static List<Designation> ReadDesignations(string directory, References refs, List<SeedError> errors)
    {
        var file = TsvFile.Read(directory, "designations.tsv", ["region", "name_zh", "name_en", "level", "year", "source", "quote"], errors);
        Unique(file, row => $"{row.Required("region")}|{row.Required("name_zh")}", "name_zh", errors);
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
        var file = TsvFile.Read(directory, "observations.tsv",
            ["subject_kind", "subject", "indicator", "period", "value", "qualifier", "source", "quote", "note"], errors);
        Unique(file, row => $"{row.Required("subject_kind")}:{row.Required("subject")}|{row.Required("indicator")}|{row.Required("period")}",
            "period", errors, "subject, indicator and period");

        var observations = new List<Observation>();
        foreach (var row in file.Rows)
        {
            var kind = row.Code("subject_kind", SubjectKinds);
            var subject = row.Required("subject");
            var known = kind switch
            {
                SubjectKind.Region => refs.Regions.ContainsKey(subject),
                SubjectKind.Platform => platforms.ContainsKey(subject),
                SubjectKind.Partnership => partnerships.ContainsKey(subject),
                _ => projects.ContainsKey(subject),
            };
            if (subject.Length > 0 && !known)
            {
                row.Fail("subject", $"unknown {kind.ToString().ToLowerInvariant()} '{subject}'");
            }

            var indicator = row.Required("indicator");
            if (indicator.Length > 0 && !refs.Indicators.ContainsKey(indicator))
            {
                row.Fail("indicator", $"unknown indicator '{indicator}' (not in indicators.tsv)");
            }

            var period = row.Required("period");
            if (period.Length > 0 && !Period().IsMatch(period))
            {
                row.Fail("period", $"period '{period}' must be a year such as 2023 (or a quarter such as 2023Q1)");
            }

            var (sourceId, quote) = refs.Cited(row);
            observations.Add(new Observation
            {
                RegionCode = kind == SubjectKind.Region ? subject : null,
                PlatformSlug = kind == SubjectKind.Platform ? subject : null,
                PartnershipSlug = kind == SubjectKind.Partnership ? subject : null,
                ProjectSlug = kind == SubjectKind.Project ? subject : null,
                IndicatorCode = indicator,
                Period = period,
                Value = row.Decimal("value"),
                Qualifier = row.Code("qualifier", Qualifiers),
                SourceId = sourceId,
                Quote = quote,
                Note = row.Optional("note"),
            });
        }

        return observations;
    }

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
                errors.Add(row.ErrorAt(file.Columns[0], $"duplicate key '{k}' (first at line {firstLine[k]})"));
                continue;
            }

            result[k] = entity;
        }

        return result;
    }

    private static void Unique(TsvFile file, Func<TsvRow, string> key, string column, List<SeedError> errors, string? what = null)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var k = key(row);
            if (!firstLine.TryAdd(k, row.Line))
            {
                errors.Add(row.ErrorAt(column, $"duplicate {what ?? column} '{k}' (first at line {firstLine[k]})"));
            }
        }
    }

    private static string Existing<T>(TsvRow row, string column, Dictionary<string, T> known, string fileName)
    {
        var key = row.Required(column);
        if (key.Length > 0 && !known.ContainsKey(key))
        {
            row.Fail(column, $"unknown {column} '{key}' (not in {fileName})");
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
            row.Fail(column, $"'{slug}' must be lowercase ASCII letters and digits joined by '-'");
        }

        return slug;
    }

    private static string Code(TsvRow row, string column)
    {
        var code = row.Required(column);
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            row.Fail(column, $"'{code}' must be lowercase ASCII snake_case");
        }

        return code;
    }

    private static string Known(TsvRow row, string column, IReadOnlyList<string> allowed, string what)
    {
        var code = row.Required(column);
        if (code.Length > 0 && !allowed.Contains(code))
        {
            row.Fail(column, $"unknown {what} '{code}'; allowed: {string.Join(", ", allowed)}");
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
