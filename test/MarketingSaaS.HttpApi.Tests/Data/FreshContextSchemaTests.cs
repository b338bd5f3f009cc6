using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// A new database gets each context's tables from its model (<see cref="FreshContextSchema"/>) instead of its
/// migrations replayed one by one: both ways must give the same tables, columns, keys, indexes and history.
/// </summary>
public sealed class FreshContextSchemaTests
{
    [Fact]
    public async Task Every_sqlite_context_created_from_its_model_has_the_schema_its_migrations_build()
    {
        await using var migrated = new SqliteTestDatabase();
        await using var created = new SqliteTestDatabase();
        await AssertSameSchemaAsync(migrated, created);
    }

    [Fact]
    public async Task Every_postgresql_context_created_from_its_model_has_the_schema_its_migrations_build()
    {
        await using var migrated = await PostgreSqlTestDatabase.CreateAsync();
        await using var created = await PostgreSqlTestDatabase.CreateAsync();
        await AssertSameSchemaAsync(migrated, created);
    }

    [Fact]
    public async Task The_comparison_sees_an_index_that_only_one_database_has()
    {
        await using var database = new SqliteTestDatabase();
        await CreateFromModelsAsync(database);
        var before = await SchemaDump.ReadAsync(database);

        await MigrationTestDatabase.ExecuteAsync(database, """CREATE INDEX "IX_Extra" ON "Tenants" ("Name")""");

        (await SchemaDump.ReadAsync(database)).Except(before).ShouldBe(["index Tenants.IX_Extra unique=0 (Name)"]);
    }

    [Fact]
    public async Task A_context_whose_history_table_exists_is_left_to_its_migrations()
    {
        await using var database = new SqliteTestDatabase();
        await using var provider = MigrationTestDatabase.MigratorServices(database);
        var registration = provider.GetServices<IMigratableDbContextRegistration>().Single(r => r.ContextType.Name == "PlatformDbContext");
        await using var owned = MigrationTestDatabase.OpenContext(provider, database, type => type == registration.ContextType);
        await owned.MigrateToAsync(owned.Migrations[0]);

        var created = await FreshContextSchema.TryCreateAsync(owned.Context, registration, DatabaseProvider.Sqlite, owned.Migrations, CancellationToken.None);

        created.ShouldBeFalse();
        (await owned.Context.Database.GetAppliedMigrationsAsync()).ShouldBe([owned.Migrations[0]]);
    }

    private static async Task AssertSameSchemaAsync(ITestDatabase migrated, ITestDatabase created)
    {
        await ForEachContextAsync(migrated, (_, context) => context.Database.MigrateAsync());
        await CreateFromModelsAsync(created);

        var byMigrations = await SchemaDump.ReadAsync(migrated);
        var byModels = await SchemaDump.ReadAsync(created);

        byMigrations.ShouldNotBeEmpty();
        byModels.Except(byMigrations).ShouldBeEmpty("only in the database created from the models");
        // A migration that adds a required column gives the rows already there a value through a column default;
        // the model has none, and the application always writes the column.
        byMigrations.Except(byModels).Where(line => !line.StartsWith("default ", StringComparison.Ordinal))
            .ShouldBeEmpty("only in the database built by the migrations");
    }

    private static Task CreateFromModelsAsync(ITestDatabase database) =>
        ForEachContextAsync(database, async (registration, context) =>
        {
            var provider = database.Provider == "Sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
            (await FreshContextSchema.TryCreateAsync(context, registration, provider, [.. context.Database.GetMigrations()], CancellationToken.None)).ShouldBeTrue();
        });

    private static async Task ForEachContextAsync(ITestDatabase database, Func<IMigratableDbContextRegistration, MarketingDbContext, Task> action)
    {
        await using var provider = MigrationTestDatabase.MigratorServices(database);
        foreach (var registration in provider.GetServices<IMigratableDbContextRegistration>())
        {
            await using var owned = MigrationTestDatabase.OpenContext(provider, database, type => type == registration.ContextType);
            await action(registration, owned.Context);
        }
    }
}
