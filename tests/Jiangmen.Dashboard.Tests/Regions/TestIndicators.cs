using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Jiangmen.Dashboard.Tests.Regions;

/// <summary>
/// A seeded throw-away database with extra indicators test_01, test_02 … of the GDP's category, each with a figure for
/// the given regions and years, quoting 新会's GDP row (so its source exists). They exist only in that database.
/// </summary>
internal static class TestIndicators
{
    public static async Task<TestDatabase> SeededWithAsync(int count, Func<DashboardContext, Task<List<string>>> regions, IReadOnlyList<string> periods)
    {
        var database = await TestDatabase.CreateAsync("Sqlite");
        await using var db = database.CreateContext();
        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));
        var gdp = await db.Observations.AsNoTracking().FirstAsync(o => o.IndicatorCode == "gdp" && o.RegionCode == "440705");
        var category = await db.Indicators.AsNoTracking().Where(i => i.Code == "gdp").Select(i => i.CategoryCode).SingleAsync();
        var codes = await regions(db);
        for (var i = 1; i <= count; i++)
        {
            var code = $"test_{i:00}";
            db.Indicators.Add(new Indicator { Code = code, NameZh = $"测试指标{i}", NameEn = $"Test indicator {i}", UnitZh = "个", UnitEn = "units", CategoryCode = category });
            db.Observations.AddRange(codes.SelectMany(region => periods.Select(period => new Observation
            {
                RegionCode = region, IndicatorCode = code, Period = period, Value = i, SourceId = gdp.SourceId, Quote = gdp.Quote,
            })));
        }

        await db.SaveChangesAsync();
        return database;
    }
}
