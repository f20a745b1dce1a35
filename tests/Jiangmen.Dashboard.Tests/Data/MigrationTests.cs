using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Jiangmen.Dashboard.Tests.Data;

/// <summary>
/// The migrations of each provider describe the model exactly. The app skips Migrate when nothing is pending, so a
/// model change without its migration would otherwise go unnoticed until a database lacked the column.
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_model_has_no_changes_that_a_migration_lacks(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("dotnet ef migrations add makes one for each provider");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_from_before_several_sources_per_figure_keeps_its_rows_and_notes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_SourcesOfOneFigure", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        const string note = "The same sentence says 突破4000亿元 (more than 4000); the exact figure is stored.";
        foreach (var insert in new[]
        {
            """INSERT INTO "Sources" ("Id", "TitleZh", "TitleEn", "PublisherZh", "PublisherEn") VALUES ('jmdrc-2024-county-economy', '报告', 'Report', '江门市发展和改革局', 'Bureau')""",
            """INSERT INTO "Categories" ("Code", "NameZh", "NameEn", "Sort") VALUES ('economy', '经济总量', 'Economy', 10)""",
            """INSERT INTO "Indicators" ("Code", "NameZh", "NameEn", "UnitZh", "UnitEn", "CategoryCode", "Decimals") VALUES ('gdp', '地区生产总值', 'GDP', '亿元', '100 million yuan', 'economy', 2)""",
            """INSERT INTO "Regions" ("Code", "Slug", "NameZh", "NameEn", "Kind") VALUES ('440700', 'jiangmen', '江门市', 'Jiangmen', 'City')""",
            $"""INSERT INTO "Observations" ("RegionCode", "IndicatorCode", "Period", "Value", "Qualifier", "SourceId", "Quote", "Note") VALUES ('440700', 'gdp', '2023', 4022.25, 'Exact', 'jmdrc-2024-county-economy', 'GDP总量突破4000亿元,为4022.25亿元', '{note}')""",
        })
        {
            await db.Database.ExecuteSqlRawAsync(insert);
        }

        await db.Database.MigrateAsync();

        var kept = await db.Observations.AsNoTracking().SingleAsync();
        (kept.Value, kept.NoteEn, kept.NoteZh, kept.RevisesSourceId).Should().Be((4022.25m, note, (string?)null, (string?)null));
        (await db.Sources.AsNoTracking().SingleAsync()).Grade.Should().Be(SourceGrade.Secondary, "until the next seed says otherwise, the most cautious grade");

        await SeedLoader.LoadAsync(db, SeedReader.Read(Seeds.Directory));

        var reloaded = await db.Observations.AsNoTracking().SingleAsync(o => o.Id == kept.Id);
        reloaded.NoteZh.Should().NotBeNullOrEmpty("the seeds give the note in Chinese too, and the row is the same row");
        (await db.Sources.AsNoTracking().SingleAsync(s => s.Id == Seeds.ReportSourceId)).Grade.Should().Be(SourceGrade.OfficialCopy);
    }
}
