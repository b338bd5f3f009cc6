using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.TestBase.Databases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// A database migrated before a module's tables moved (Events' tables in the default schema / without prefix, its history
/// table in <c>public</c>) is migrated on: the rows move with their tables and the history table into the module's schema.
/// </summary>
public sealed class ModuleSchemaMigrationTests
{
    private static readonly Guid EventId = Guid.Parse("0190a5a0-0000-7000-8000-0000000000e1");

    [Fact]
    public async Task An_old_events_row_reads_back_from_the_prefixed_table_on_sqlite()
    {
        await using var database = new SqliteTestDatabase();
        await MigrateFromBeforeTheMoveAsync(database);

        (await ScalarAsync(database, $"""SELECT "Name" FROM "Events_MarketingEvents" WHERE "Id" = '{EventId}'""")).ShouldBe("Spring launch");
    }

    [Fact]
    public async Task An_old_events_row_reads_back_from_the_module_schema_on_postgresql()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await MigrateFromBeforeTheMoveAsync(database);

        (await ScalarAsync(database, $"""SELECT "Name" FROM events."MarketingEvents" WHERE "Id" = '{EventId}'""")).ShouldBe("Spring launch");
    }

    [Fact]
    public async Task The_history_table_moves_into_the_module_schema_with_its_rows_on_postgresql()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        var eventsMigrations = await MigrateFromBeforeTheMoveAsync(database);

        (await ScalarAsync(database,
            """SELECT (SELECT count(*) FROM events."__EventsMigrationsHistory") || ' ' || (to_regclass('public."__EventsMigrationsHistory"') IS NULL)"""))
            .ShouldBe($"{eventsMigrations} true");
    }

    /// <summary>
    /// Events migrated to its first migration the old way, one event written, then the migrator run; returns how many
    /// migrations Events has (all of them are applied then).
    /// </summary>
    private static async Task<int> MigrateFromBeforeTheMoveAsync(ITestDatabase database)
    {
        await using var provider = MigrationTestDatabase.MigratorServices(database);
        int eventsMigrations;
        await using (var events = MigrationTestDatabase.OpenContext(provider, database, type => type.Name == "EventsDbContext"))
        {
            eventsMigrations = events.Migrations.Count;
            await events.MigrateToAsync(events.Migrations[0]);
        }

        var sqlite = database.Provider == "Sqlite";
        var (no, time) = sqlite ? ("0", "0") : ("false", "'2026-11-01 08:00:00+00'");
        string[] historyBackInPublic = sqlite ? [] : ["""ALTER TABLE events."__EventsMigrationsHistory" SET SCHEMA public"""];
        await MigrationTestDatabase.ExecuteAsync(database, [
            .. historyBackInPublic,
            $"""INSERT INTO "MarketingEvents" ("Id", "TenantId", "Name", "Type", "IsSpecial", "RiskTier", "StartTime", "EndTime", "OwnerUnitId", "Status", "ConcurrencyStamp", "CreationTime", "IsDeleted") VALUES ('{EventId}', '{Guid.NewGuid()}', 'Spring launch', 0, {no}, 0, {time}, {time}, '{Guid.NewGuid()}', 0, 's', {time}, {no})"""]);

        await using var migratorScope = provider.CreateAsyncScope();
        await migratorScope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.ApplicationConnectionString);
        return eventsMigrations;
    }

    private static async Task<string?> ScalarAsync(ITestDatabase database, string sql) =>
        (await MigrationTestDatabase.ReadAsync(database, sql, row => row.GetValue(0).ToString())).FirstOrDefault();
}
