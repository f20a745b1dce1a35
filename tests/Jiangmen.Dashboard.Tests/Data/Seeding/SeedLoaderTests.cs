using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Tests.Data.Seeding;

public sealed class SeedLoaderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_real_seeds_load_with_the_expected_counts(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeds = SeedReader.Read(Seeds.Directory);
        await using var db = database.CreateContext();

        var result = await SeedLoader.LoadAsync(db, seeds);

        (await db.Sources.CountAsync()).Should().Be(seeds.Sources.Count);
        (await db.Regions.CountAsync()).Should().Be(seeds.Regions.Count);
        (await db.Indicators.CountAsync()).Should().Be(seeds.Indicators.Count);
        (await db.Observations.CountAsync()).Should().Be(seeds.Observations.Count).And.BeGreaterThanOrEqualTo(70);
        (await db.Designations.CountAsync()).Should().Be(seeds.Designations.Count);
        (await db.Partnerships.CountAsync()).Should().Be(3);
        (await db.PartnershipMembers.CountAsync()).Should().Be(7);
        (await db.Projects.CountAsync()).Should().Be(seeds.Projects.Count);
        (await db.Platforms.CountAsync()).Should().Be(seeds.Platforms.Count);
        result.Changes.Should().Be(result.Tables.Values.Sum(t => t.Rows), "everything was added to an empty database");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_load_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
        var before = await SnapshotAsync(db);

        var second = await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));

        second.Changes.Should().Be(0);
        (await SnapshotAsync(db)).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_value_is_updated_and_a_removed_row_is_removed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));

        var directory = Seeds.Copy();
        var gdpLine = Seeds.LineOf(directory, "observations.tsv", Seeds.ReportGdpRow);
        Seeds.ReplaceLine(directory, "observations.tsv", gdpLine, l => l.Replace("\t4022.25\t", "\t4022.26\t", StringComparison.Ordinal));
        var censusLine = Seeds.LineOf(directory, "observations.tsv", Seeds.EnpingCensusRow);
        Seeds.ReplaceLine(directory, "observations.tsv", censusLine, _ => "");

        var result = await SeedLoader.LoadAsync(db, SeedReader.Read(directory));

        result.Tables["Observations"].Should().Be(result.Tables["Observations"] with { Updated = 1, Removed = 1, Added = 0 });
        var gdp = await db.Observations.SingleAsync(o => o.RegionCode == "440700" && o.IndicatorCode == "gdp" && o.Period == "2023" && o.SourceId == Seeds.ReportSourceId);
        gdp.Value.Should().Be(4022.26m);
        (await db.Observations.AnyAsync(o => o.RegionCode == "440785" && o.IndicatorCode == "resident_population" && o.SourceId == "nbs-census-2020-county-data"))
            .Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Malformed_seeds_leave_the_database_exactly_as_before(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
        var before = await SnapshotAsync(db);

        var directory = Seeds.Copy();
        var gdpLine = Seeds.LineOf(directory, "observations.tsv", Seeds.ReportGdpRow);
        Seeds.ReplaceLine(directory, "observations.tsv", gdpLine, l => l.Replace("\t4022.25\t", "\t4022.26\t", StringComparison.Ordinal));
        Seeds.AppendLine(directory, "observations.tsv", "region\t440703\tgdp\t2023\tabc\t亿元\texact\tjmdrc-2024-county-economy\t增长5.5%\t\t\t");

        var act = () => SeedLoader.LoadAsync(db, SeedReader.Read(directory));

        await act.Should().ThrowAsync<SeedException>();
        (await SnapshotAsync(db)).Should().Be(before);
    }

    /// <summary>Row counts of every table and a checksum over every observation as stored.</summary>
    internal static async Task<string> SnapshotAsync(DashboardContext db)
    {
        var rows = await db.Observations.AsNoTracking()
            .Select(o => new { o.RegionCode, o.PlatformSlug, o.PartnershipSlug, o.ProjectSlug, o.IndicatorCode, o.Period, o.Value, o.Qualifier, o.SourceId, o.Quote })
            .ToListAsync();
        var text = string.Join('\n', rows
            .Select(r => string.Join('|', r.RegionCode, r.PlatformSlug, r.PartnershipSlug, r.ProjectSlug, r.IndicatorCode, r.Period,
                r.Value.ToString(CultureInfo.InvariantCulture), r.Qualifier, r.SourceId, r.Quote))
            .Order(StringComparer.Ordinal));
        var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return string.Join(',',
            await db.Sources.CountAsync(), await db.Regions.CountAsync(), await db.Indicators.CountAsync(), rows.Count,
            await db.Designations.CountAsync(), await db.Partnerships.CountAsync(), await db.PartnershipMembers.CountAsync(),
            await db.Platforms.CountAsync(), await db.PlatformRegions.CountAsync(), await db.Projects.CountAsync(), checksum);
    }
}
