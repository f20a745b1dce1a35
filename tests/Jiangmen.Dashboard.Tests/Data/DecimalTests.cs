using System.Globalization;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Tests.Data;

public sealed class DecimalTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Values_come_back_exactly_as_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
            var city = await db.Observations.SingleAsync(o => o.RegionCode == "440700" && o.IndicatorCode == "gdp" && o.Period == "2023" && o.SourceId == Seeds.ReportSourceId);
            city.Value = 4022.25m;
            var other = await db.Observations.FirstAsync(o => o.IndicatorCode == "gdp_growth");
            other.Value = 0.1m + 0.2m; // 0.3 in decimal; a double would store 0.30000000000000004.
            await db.SaveChangesAsync();
        }

        await using var fresh = database.CreateContext();
        var values = await fresh.Observations.AsNoTracking().Select(o => o.Value).ToListAsync();
        var gdp = await fresh.Observations.AsNoTracking()
            .Where(o => o.RegionCode == "440700" && o.IndicatorCode == "gdp" && o.Period == "2023" && o.SourceId == Seeds.ReportSourceId).Select(o => o.Value).SingleAsync();

        gdp.ToString(CultureInfo.InvariantCulture).Should().Be("4022.25");
        values.Select(v => v.ToString(CultureInfo.InvariantCulture)).Should().Contain(["0.3", "1461.78", "1011.25", "3888.59"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ordering_by_value_is_numeric_not_textual(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));

        var ordered = await db.Observations.AsNoTracking().OrderBy(o => o.Value).Select(o => o.Value).ToListAsync();
        var filtered = await db.Observations.AsNoTracking().Where(o => o.Value > 1000m).Select(o => o.Value).ToListAsync();

        ordered.Should().BeInAscendingOrder();
        ordered.Select(v => v.ToString(CultureInfo.InvariantCulture)).Should().NotBeInAscendingOrder(StringComparer.Ordinal,
            "the seeds hold values whose text order differs from their numeric order, so this test can tell them apart");
        filtered.Should().OnlyContain(v => v > 1000m).And.Contain(4022.25m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_database_refuses_an_observation_with_two_subjects(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
        var any = await db.Observations.AsNoTracking().FirstAsync(o => o.RegionCode != null);
        var platform = await db.Platforms.AsNoTracking().Select(p => p.Slug).FirstAsync();

        db.Observations.Add(new Observation
        {
            RegionCode = any.RegionCode,
            PlatformSlug = platform,
            IndicatorCode = any.IndicatorCode,
            Period = "1999",
            Value = 1m,
            SourceId = any.SourceId,
            Quote = any.Quote,
        });
        var act = () => db.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateException>();
    }
}
