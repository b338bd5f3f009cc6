using System.Net;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>The host's start-up migration check ("Database:MigrateOnStart"): EF's migrate path runs only for pending migrations.</summary>
public sealed class StartupMigrationTests
{
    [Fact]
    public async Task A_second_start_on_an_up_to_date_sqlite_database_does_not_migrate()
    {
        await using var database = new SqliteTestDatabase();
        await AssertSecondStartDoesNotMigrateAsync(database);
    }

    [Fact]
    public async Task A_second_start_on_an_up_to_date_postgresql_database_does_not_migrate()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertSecondStartDoesNotMigrateAsync(database);
    }

    [Fact]
    public async Task A_sqlite_database_without_the_latest_migrations_gets_them_on_start()
    {
        await using var database = new SqliteTestDatabase();
        await AssertStartAppliesLatestMigrationsAsync(database);
    }

    [Fact]
    public async Task A_postgresql_database_without_the_latest_migrations_gets_them_on_start()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertStartAppliesLatestMigrationsAsync(database);
    }

    private static async Task AssertSecondStartDoesNotMigrateAsync(ITestDatabase database)
    {
        using var migrateCalls = new MigrateCalls(MigrationTestDatabase.Connection(database));
        await StartAsync(database);
        await AssertUpToDateAsync(database);

        await StartAsync(database);

        migrateCalls.Count.ShouldBe(0, "a new database is created from the models (FreshContextSchema), an up-to-date one is not migrated");
    }

    private static async Task AssertUpToDateAsync(ITestDatabase database)
    {
        await using var provider = MigrationTestDatabase.MigratorServices(database);
        foreach (var registration in provider.GetServices<IMigratableDbContextRegistration>())
        {
            await using var scope = provider.CreateAsyncScope();
            await using var context = Create(registration, database, scope.ServiceProvider);
            (await PendingMigrations.FindAsync(context.GetType(), registration, database.OwnerConnectionString, CancellationToken.None)).ShouldBeEmpty();
        }
    }

    private static async Task AssertStartAppliesLatestMigrationsAsync(ITestDatabase database)
    {
        await MigrateAllButTheLatestAsync(database);
        using var migrateCalls = new MigrateCalls(MigrationTestDatabase.Connection(database));

        await StartAsync(database);

        migrateCalls.Count.ShouldBe(ContextCount(database));
        await AssertUpToDateAsync(database);
    }

    /// <summary>Every context migrated up to the migration before its latest (none when it has only one).</summary>
    private static async Task MigrateAllButTheLatestAsync(ITestDatabase database)
    {
        await using var provider = MigrationTestDatabase.MigratorServices(database);
        foreach (var registration in provider.GetServices<IMigratableDbContextRegistration>())
        {
            await using var scope = provider.CreateAsyncScope();
            await using var context = Create(registration, database, scope.ServiceProvider);
            var known = context.Database.GetMigrations().ToList();
            await context.GetService<IMigrator>().MigrateAsync(known.Count > 1 ? known[^2] : Migration.InitialDatabase);
            (await PendingMigrations.FindAsync(context.GetType(), registration, database.OwnerConnectionString, CancellationToken.None))
                .ShouldBe([known[^1]]);
        }
    }

    private static async Task StartAsync(ITestDatabase database)
    {
        await using var factory = new MarketingApiFactory(database);
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static int ContextCount(ITestDatabase database)
    {
        using var provider = MigrationTestDatabase.MigratorServices(database);
        return provider.GetServices<IMigratableDbContextRegistration>().Count();
    }

    private static MarketingDbContext Create(IMigratableDbContextRegistration registration, ITestDatabase database, IServiceProvider services) =>
        registration.Create(database.OwnerConnectionString, services.GetRequiredService<MarketingDbContextDependencies>(), services.GetRequiredService<DbContextOptionsFactory>());
}
