using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>The DbMigrator's own composition (no web host) migrates and seeds an empty database, twice.</summary>
public sealed class DbMigratorTests
{
    [Fact]
    public async Task The_migrator_creates_and_seeds_an_empty_sqlite_database_and_can_run_again()
    {
        await using var database = new SqliteTestDatabase();
        await AssertMigratesTwiceAsync(database);
    }

    [Fact]
    public async Task The_migrator_creates_and_seeds_an_empty_postgresql_database_and_can_run_again()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertMigratesTwiceAsync(database);
    }

    private static async Task AssertMigratesTwiceAsync(ITestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = TestAccounts.HostAdminPassword,
        }).Build();

        await using (var provider = DbMigratorServices.Build(configuration))
        {
            (await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync()).ShouldBe(1);
        }

        await using (var provider = DbMigratorServices.Build(configuration))
        {
            await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
            await using var scope = provider.CreateAsyncScope();
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            (await context.HostUsers.CountAsync()).ShouldBe(1);
            (await context.Editions.CountAsync()).ShouldBe(1);
            (await context.HostPermissionGrants.CountAsync()).ShouldBeGreaterThan(0);
        }
    }
}
