using MarketingSaaS.DbMigrator;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// Every composed context's model equals the model snapshot of its provider's migrations: a model change without a
/// migration fails here. The application no longer lets EF make this check at migrate time (it built a second model
/// from the snapshot on every migrating start; <see cref="DbContextOptionsFactory"/>, docs/startup.md).
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public async Task Every_sqlite_context_has_a_migration_for_its_whole_model()
    {
        await using var database = new SqliteTestDatabase();
        AssertNoPendingModelChanges(database);
    }

    [Fact]
    public async Task Every_postgresql_context_has_a_migration_for_its_whole_model()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        AssertNoPendingModelChanges(database);
    }

    private static void AssertNoPendingModelChanges(ITestDatabase database)
    {
        using var provider = DbMigratorServices.Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
        }).Build());
        var registrations = provider.GetServices<IMigratableDbContextRegistration>().ToList();
        registrations.ShouldNotBeEmpty();
        foreach (var registration in registrations)
        {
            using var scope = provider.CreateScope();
            using var context = registration.Create(
                database.OwnerConnectionString,
                scope.ServiceProvider.GetRequiredService<MarketingDbContextDependencies>(),
                scope.ServiceProvider.GetRequiredService<DbContextOptionsFactory>());
            context.Database.HasPendingModelChanges().ShouldBeFalse($"{context.GetType().Name} has model changes without a migration (etc/add-migration.sh)");
        }
    }
}
