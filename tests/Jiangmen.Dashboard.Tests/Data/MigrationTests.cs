using Microsoft.EntityFrameworkCore;

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
}
