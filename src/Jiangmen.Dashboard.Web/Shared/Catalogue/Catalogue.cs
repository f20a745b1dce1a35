using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// Everything seeds/ holds but the observations: regions, indicators and their categories, sources, designations,
/// pairings, platforms and projects. It is small (a few thousand rows at the benchmark's scale) and only a load changes
/// it, so it is read once for each stamp of the data (<see cref="CatalogueCache"/>). A view's own query reads
/// observations; every name, unit and source a row shows comes from here.
/// </summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, RegionInfo> _regionsBySlug;
    private readonly Dictionary<string, Subject> _regionSubjects;
    private readonly Dictionary<string, Subject> _platformSubjects;
    private readonly Dictionary<string, Subject> _partnershipSubjects;
    private readonly Dictionary<string, Subject> _projectSubjects;

    private readonly Func<CancellationToken, Task<Catalogue>> _reload;

    private readonly ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);

    private Catalogue(
        Func<CancellationToken, Task<Catalogue>> reload, string? stamp, DateTimeOffset? changedAt, IReadOnlyList<RegionInfo> regions, IReadOnlyList<IndicatorInfo> indicators, IReadOnlyList<SourceInfo> sources,
        IReadOnlyList<PlatformInfo> platforms, IReadOnlyList<PartnershipInfo> partnerships, IReadOnlyList<ProjectInfo> projects,
        IReadOnlyList<DesignationInfo> designations)
    {
        _reload = reload;
        Stamp = stamp;
        ChangedAt = changedAt;
        Regions = regions.ToDictionary(r => r.Code);
        Indicators = indicators.ToDictionary(i => i.Code);
        Sources = sources.ToDictionary(s => s.Id);
        Platforms = platforms.ToDictionary(p => p.Slug);
        Partnerships = partnerships.ToDictionary(p => p.Slug);
        Projects = projects.ToDictionary(p => p.Slug);
        Designations = designations;
        RegionList = regions;
        IndicatorList = indicators;
        SourceList = sources;
        PlatformList = platforms;
        PartnershipList = partnerships;
        ProjectList = projects;
        City = regions.Single(r => r.Kind == RegionKind.City);
        Counties = [.. regions.Where(r => r.IsCounty)];
        _regionsBySlug = regions.ToDictionary(r => r.Slug);
        _regionSubjects = regions.ToDictionary(r => r.Code, r => new Subject(SubjectKind.Region, r.Code, r.NameZh, r.NameEn, r));
        _platformSubjects = platforms.ToDictionary(p => p.Slug, p => new Subject(SubjectKind.Platform, p.Slug, p.NameZh, p.NameEn, null));
        _partnershipSubjects = partnerships.ToDictionary(p => p.Slug, p => new Subject(SubjectKind.Partnership, p.Slug, p.NameZh, p.NameEn, null));
        _projectSubjects = projects.ToDictionary(p => p.Slug, p => new Subject(SubjectKind.Project, p.Slug, p.NameZh, p.NameEn, null));
    }

    /// <summary>The load of the data this was read from; null when the database has no stamp yet.</summary>
    public string? Stamp { get; }

    /// <summary>When that load changed the data; null when the database has no stamp yet.</summary>
    public DateTimeOffset? ChangedAt { get; }

    public IReadOnlyDictionary<string, RegionInfo> Regions { get; }
    public IReadOnlyDictionary<string, IndicatorInfo> Indicators { get; }
    public IReadOnlyDictionary<string, SourceInfo> Sources { get; }
    public IReadOnlyDictionary<string, PlatformInfo> Platforms { get; }
    public IReadOnlyDictionary<string, PartnershipInfo> Partnerships { get; }
    public IReadOnlyDictionary<string, ProjectInfo> Projects { get; }

    /// <summary>By code.</summary>
    public IReadOnlyList<RegionInfo> RegionList { get; }

    /// <summary>By code.</summary>
    public IReadOnlyList<IndicatorInfo> IndicatorList { get; }

    /// <summary>By id.</summary>
    public IReadOnlyList<SourceInfo> SourceList { get; }

    /// <summary>By slug.</summary>
    public IReadOnlyList<PlatformInfo> PlatformList { get; }

    /// <summary>By slug.</summary>
    public IReadOnlyList<PartnershipInfo> PartnershipList { get; }

    /// <summary>By slug.</summary>
    public IReadOnlyList<ProjectInfo> ProjectList { get; }

    /// <summary>By region code, then name.</summary>
    public IReadOnlyList<DesignationInfo> Designations { get; }

    /// <summary>The prefecture-level city, whose figures are the totals of the counties'.</summary>
    public RegionInfo City { get; }

    /// <summary>The seven county-level units, by code.</summary>
    public IReadOnlyList<RegionInfo> Counties { get; }

    public RegionInfo? RegionBySlug(string slug) => _regionsBySlug.GetValueOrDefault(slug);

    /// <summary>A region by its slug or, as some links give it, its division code.</summary>
    public RegionInfo? RegionBySlugOrCode(string key) => RegionBySlug(key) ?? Regions.GetValueOrDefault(key);

    /// <summary>
    /// The figures a query selects, with what they refer to, in the query's order. This is how every view reads figures:
    /// only the observations' own columns come from the database.
    /// </summary>
    public async Task<List<ObservationRow>> RowsAsync(IQueryable<Observation> observations, CancellationToken ct)
    {
        var cells = await Cells(observations).ToListAsync(ct);
        var catalogue = this;
        var rows = new List<ObservationRow>(cells.Count);
        foreach (var c in cells)
        {
            rows.Add(catalogue.Row(c) ?? (catalogue = await catalogue.NewerAsync(ct)).Row(c) ?? throw Unknown(c));
        }

        return rows;
    }

    /// <summary>The same as <see cref="RowsAsync"/>, one row at a time, for a download of any size.</summary>
    public async IAsyncEnumerable<ObservationRow> StreamAsync(IQueryable<Observation> observations, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var catalogue = this;
        await foreach (var c in Cells(observations).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return catalogue.Row(c) ?? (catalogue = await catalogue.NewerAsync(ct)).Row(c) ?? throw Unknown(c);
        }
    }

    private static IQueryable<ObservationCells> Cells(IQueryable<Observation> observations) =>
        observations.Select(o => new ObservationCells(o.Id, o.RegionCode, o.PlatformSlug, o.PartnershipSlug, o.ProjectSlug,
            o.IndicatorCode, o.Period, o.Value, o.Decimals, o.Qualifier, o.SourceId, o.Quote, o.RevisesSourceId, o.NoteZh, o.NoteEn));

    /// <summary>A row refers to what this catalogue does not know: the data were loaded again since it was read.</summary>
    private Task<Catalogue> NewerAsync(CancellationToken ct) => _reload(ct);

    private static InvalidOperationException Unknown(ObservationCells c) =>
        new($"Observation {c.Id} refers to a subject, indicator or source that is not in the database.");

    private ObservationRow? Row(ObservationCells c)
    {
        var subject = c.RegionCode is { } region ? _regionSubjects.GetValueOrDefault(region)
            : c.PlatformSlug is { } platform ? _platformSubjects.GetValueOrDefault(platform)
            : c.PartnershipSlug is { } partnership ? _partnershipSubjects.GetValueOrDefault(partnership)
            : _projectSubjects.GetValueOrDefault(c.ProjectSlug ?? "");
        return subject is not null && Indicators.TryGetValue(c.IndicatorCode, out var indicator) && Sources.TryGetValue(c.SourceId, out var source)
            // SQLite hands 500 back as 500.0 and PostgreSQL as 500: the same value, the same row on both.
            ? new ObservationRow(c.Id, subject, indicator, c.Period, DecimalValue.Normalize(c.Value), c.Decimals, c.Qualifier, source, c.Quote, c.RevisesSourceId, c.NoteZh, c.NoteEn)
            : null;
    }

    /// <summary>
    /// Something small derived from the observations of this load (which region has which indicator in which period),
    /// computed by the first request that needs it and kept with this catalogue, so it goes when a load changes the
    /// data. Two requests may both compute it at first; either result is the same.
    /// </summary>
    public async Task<T> DerivedAsync<T>(string key, Func<Task<T>> compute)
        where T : class
    {
        if (_derived.TryGetValue(key, out var known))
        {
            return (T)known;
        }

        var value = await compute();
        // Without a stamp the data have no identity to keep it under.
        return Stamp is null ? value : (T)_derived.GetOrAdd(key, value);
    }

    /// <summary>The subject of a region's figures, for a cell no source gives (a gap in a comparison).</summary>
    public Subject RegionSubject(RegionInfo region) => _regionSubjects[region.Code];

    /// <summary>Reads the catalogue; <paramref name="reload"/> reads a newer one when rows name what this one lacks.</summary>
    public static async Task<Catalogue> LoadAsync(DashboardContext db, string? stamp, Func<CancellationToken, Task<Catalogue>> reload, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking()
            .ToDictionaryAsync(c => c.Code, c => new CategoryInfo(c.Code, c.NameZh, c.NameEn, c.Sort), ct);
        // Ordered here, not by the database, so that both providers give the same order whatever their collation.
        var regions = (await db.Regions.AsNoTracking()
                .Select(r => new RegionInfo(r.Code, r.Slug, r.NameZh, r.NameEn, r.Kind, r.ParentCode))
                .ToListAsync(ct))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var regionsByCode = regions.ToDictionary(r => r.Code);
        var indicators = (await db.Indicators.AsNoTracking().ToListAsync(ct))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new IndicatorInfo(i.Code, i.NameZh, i.NameEn, i.UnitZh, i.UnitEn, categories[i.CategoryCode], i.Decimals, i.Additive, i.NotesZh, i.NotesEn))
            .ToList();
        var sources = (await db.Sources.AsNoTracking()
                .Select(s => new SourceInfo(s.Id, s.TitleZh, s.TitleEn, s.PublisherZh, s.PublisherEn, s.Authors, s.Published, s.Url, s.ReadAt, s.Grade, s.NotesZh, s.NotesEn))
                .ToListAsync(ct))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var platforms = (await db.Platforms.AsNoTracking()
                .Select(p => new { p.Slug, p.NameZh, p.NameEn, p.Kind, p.SourceId, p.Quote, Regions = p.Regions.Select(r => r.RegionCode).ToList() })
                .ToListAsync(ct))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new PlatformInfo(p.Slug, p.NameZh, p.NameEn, p.Kind,
                [.. p.Regions.Order(StringComparer.Ordinal).Select(code => regionsByCode[code])], p.SourceId, p.Quote))
            .ToList();
        var partnerships = (await db.Partnerships.AsNoTracking()
                .Select(p => new { p.Slug, p.NameZh, p.NameEn, p.Kinds, p.SourceId, p.Quote, Members = p.Members.Select(m => new { m.RegionCode, m.Side }).ToList() })
                .ToListAsync(ct))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new PartnershipInfo(p.Slug, p.NameZh, p.NameEn,
                Side(p.Members.Where(m => m.Side == PartnershipSide.East).Select(m => m.RegionCode), regionsByCode),
                Side(p.Members.Where(m => m.Side == PartnershipSide.West).Select(m => m.RegionCode), regionsByCode),
                p.Kinds.Split(';', StringSplitOptions.RemoveEmptyEntries), p.SourceId, p.Quote))
            .ToList();
        var projects = (await db.Projects.AsNoTracking().ToListAsync(ct))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new ProjectInfo(p.Slug, p.NameZh, p.NameEn, p.Kind,
                p.PartnershipSlug is null ? null : partnerships.Single(x => x.Slug == p.PartnershipSlug),
                p.PlatformSlug is null ? null : platforms.Single(x => x.Slug == p.PlatformSlug),
                p.InvestorZh, p.InvestorEn, p.BeneficiariesZh, p.BeneficiariesEn, p.SourceId, p.Quote))
            .ToList();
        var designations = (await db.Designations.AsNoTracking().ToListAsync(ct))
            .OrderBy(d => d.RegionCode, StringComparer.Ordinal).ThenBy(d => d.NameZh, StringComparer.Ordinal)
            .Select(d => new DesignationInfo(regionsByCode[d.RegionCode], d.NameZh, d.NameEn, d.Level, d.SourceId, d.Quote))
            .ToList();
        var changedAt = await db.DataVersions.AsNoTracking().Where(v => v.Id == DataVersion.SingletonId)
            .Select(v => (DateTimeOffset?)v.ChangedAt).FirstOrDefaultAsync(ct);
        return new Catalogue(reload, stamp, changedAt, regions, indicators, sources, platforms, partnerships, projects, designations);
    }

    private static List<RegionInfo> Side(IEnumerable<string> codes, Dictionary<string, RegionInfo> regions) =>
        [.. codes.Order(StringComparer.Ordinal).Select(code => regions[code])];
}
