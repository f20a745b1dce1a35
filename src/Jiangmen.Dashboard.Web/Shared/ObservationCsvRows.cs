using System.Runtime.CompilerServices;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// The rows of an observation table's CSV. Per row only the observation's own columns are read; the names, units and
/// source details it refers to come from the catalogue tables, read once per download. Joining them into every row
/// cost most of a million-row export's time (bench/RESULTS.md): the same few strings, read and decoded a million times.
/// </summary>
internal static class ObservationCsvRows
{
    public static async IAsyncEnumerable<ObservationCsvRow> ReadAsync(
        DashboardContext db, IQueryable<Observation> observations, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var names = await Names.LoadAsync(db, ct);
        var cells = observations.Select(o => new Cells(o.RegionCode, o.PlatformSlug, o.PartnershipSlug, o.ProjectSlug,
            o.IndicatorCode, o.Period, o.Value, o.Qualifier, o.SourceId, o.Quote));
        await foreach (var c in cells.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return names.Row(c);
        }
    }

    private sealed record Cells(
        string? RegionCode, string? PlatformSlug, string? PartnershipSlug, string? ProjectSlug,
        string IndicatorCode, string Period, decimal Value, Qualifier Qualifier, string SourceId, string Quote);

    private sealed record Subject(string Zh, string En);

    private sealed record IndicatorNames(string Zh, string En, string UnitEn, string UnitZh);

    private sealed record SourceNames(string TitleEn, string TitleZh, string PublisherEn, string Url);

    /// <summary>Everything a row names, already neutralised for CSV (<see cref="CsvDownload.Safe"/>).</summary>
    private sealed record Names(
        Dictionary<string, Subject> Regions, Dictionary<string, Subject> Platforms, Dictionary<string, Subject> Partnerships,
        Dictionary<string, Subject> Projects, Dictionary<string, IndicatorNames> Indicators, Dictionary<string, SourceNames> Sources)
    {
        public static async Task<Names> LoadAsync(DashboardContext db, CancellationToken ct) => new(
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => Safe(r.NameZh, r.NameEn), ct),
            await db.Platforms.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => Safe(p.NameZh, p.NameEn), ct),
            await db.Partnerships.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => Safe(p.NameZh, p.NameEn), ct),
            await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => Safe(p.NameZh, p.NameEn), ct),
            await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => new IndicatorNames(
                CsvDownload.Safe(i.NameZh), CsvDownload.Safe(i.NameEn), CsvDownload.Safe(i.UnitEn), CsvDownload.Safe(i.UnitZh)), ct),
            await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => new SourceNames(
                CsvDownload.Safe(s.TitleEn), CsvDownload.Safe(s.TitleZh), CsvDownload.Safe(s.PublisherEn), CsvDownload.Safe(s.Url)), ct));

        private static Subject Safe(string zh, string en) => new(CsvDownload.Safe(zh), CsvDownload.Safe(en));

        public ObservationCsvRow Row(Cells c)
        {
            var (kind, code, subject) =
                c.RegionCode is { } region ? (SubjectKind.Region, region, Regions[region])
                : c.PlatformSlug is { } platform ? (SubjectKind.Platform, platform, Platforms[platform])
                : c.PartnershipSlug is { } partnership ? (SubjectKind.Partnership, partnership, Partnerships[partnership])
                : (SubjectKind.Project, c.ProjectSlug!, Projects[c.ProjectSlug!]);
            var indicator = Indicators[c.IndicatorCode];
            var source = Sources[c.SourceId];
            return new ObservationCsvRow(
                ObservationCsvRow.SubjectKindCode(kind), code, subject.Zh, subject.En,
                c.IndicatorCode, indicator.Zh, indicator.En,
                c.Period, DecimalValue.Normalize(c.Value), indicator.UnitEn, indicator.UnitZh,
                ObservationCsvRow.QualifierCode(c.Qualifier),
                c.SourceId, source.TitleEn, source.TitleZh, source.PublisherEn, source.Url,
                CsvDownload.Safe(c.Quote));
        }
    }
}
