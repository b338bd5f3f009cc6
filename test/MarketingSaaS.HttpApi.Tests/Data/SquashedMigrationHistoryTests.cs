using System.Reflection;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// A database migrated before the squash (its history holds the replaced chain) is moved onto the baseline
/// instead of having the baseline run over its tables (docs/migrations.md).
/// </summary>
public sealed class SquashedMigrationHistoryTests
{
    [Fact]
    public async Task A_sqlite_database_at_the_end_of_the_replaced_chain_gets_the_baseline_recorded_then_the_later_migrations()
    {
        await using var database = new SqliteTestDatabase();
        await AssertAdoptsBaselineAsync(database);
    }

    [Fact]
    public async Task A_postgresql_database_at_the_end_of_the_replaced_chain_gets_the_baseline_recorded_then_the_later_migrations()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertAdoptsBaselineAsync(database);
    }

    [Fact]
    public async Task A_database_in_the_middle_of_the_replaced_chain_is_refused_with_what_to_do()
    {
        await using var database = new SqliteTestDatabase();
        await using var provider = DbMigratorServices.Build(Configuration(database));
        await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
        await RewriteHistoryAsync(provider, database, replacedChainEnd: false);

        var error = await Should.ThrowAsync<InvalidOperationException>(
            () => provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync());

        error.Message.ShouldContain("squashed");
        error.Message.ShouldContain("App_Data/marketingsaas.db");
    }

    private static async Task AssertAdoptsBaselineAsync(ITestDatabase database)
    {
        await using var provider = DbMigratorServices.Build(Configuration(database));
        // A database at the end of the replaced chain has the baseline's schema: migrate every context to its baseline only.
        await ForEachContextAsync(provider, database, context => context.GetService<IMigrator>().MigrateAsync(context.Database.GetMigrations().First()));
        await RewriteHistoryAsync(provider, database, replacedChainEnd: true);

        await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();

        await ForEachContextAsync(provider, database, async context =>
        {
            // The baseline is recorded, not run (its tables exist); the migrations added after the squash then run as usual.
            (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(context.Database.GetMigrations());
        });
        await using var scope = provider.CreateAsyncScope();
        var platform = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        (await platform.HostUsers.CountAsync()).ShouldBe(1);
    }

    /// <summary>
    /// Makes every squashed context's history look like the chain before the squash: its first migration, and its last
    /// or not. A context created after the squash (a newer module) has no older chain; its history stays as it is.
    /// </summary>
    private static async Task RewriteHistoryAsync(IServiceProvider provider, ITestDatabase database, bool replacedChainEnd)
    {
        var squashed = 0;
        await ForEachContextAsync(provider, database, async context =>
        {
            if (context.GetType().GetCustomAttribute<ReplacesMigrationChainAttribute>() is not { } replaced)
            {
                return;
            }

            squashed++;
            var last = replaced.LastMigrationId;
            var history = context.GetService<IHistoryRepository>();
            var applied = await history.GetAppliedMigrationsAsync();
            string[] chain = replacedChainEnd ? ["20261121000000_Old", last] : ["20261121000000_Old"];
            var script = string.Concat(applied.Select(row => history.GetDeleteScript(row.MigrationId)))
                + string.Concat(chain.Select(id => history.GetInsertScript(new HistoryRow(id, "10.0.0"))));
            await context.Database.ExecuteSqlRawAsync(script);
        });
        squashed.ShouldBeGreaterThanOrEqualTo(2, "the platform and Events replaced their pre-release chains");
    }

    private static async Task ForEachContextAsync(IServiceProvider provider, ITestDatabase database, Func<MarketingDbContext, Task> action)
    {
        await using var scope = provider.CreateAsyncScope();
        var dependencies = scope.ServiceProvider.GetRequiredService<MarketingDbContextDependencies>();
        var optionsFactory = scope.ServiceProvider.GetRequiredService<DbContextOptionsFactory>();
        var registrations = scope.ServiceProvider.GetServices<IMigratableDbContextRegistration>().ToList();
        registrations.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var registration in registrations)
        {
            await using var context = registration.Create(database.OwnerConnectionString, dependencies, optionsFactory);
            await action(context);
        }
    }

    private static IConfiguration Configuration(ITestDatabase database) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = TestAccounts.HostAdminPassword,
        }).Build();
}
