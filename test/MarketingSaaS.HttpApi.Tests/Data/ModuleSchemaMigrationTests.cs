using System.Data.Common;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
        await MigrateFromBeforeTheMoveAsync(database);

        (await ScalarAsync(database,
            """SELECT (SELECT count(*) FROM events."__EventsMigrationsHistory") || ' ' || (to_regclass('public."__EventsMigrationsHistory"') IS NULL)"""))
            .ShouldBe("2 true");
    }

    /// <summary>Events migrated to its first migration the old way, one event written, then the migrator run.</summary>
    private static async Task MigrateFromBeforeTheMoveAsync(ITestDatabase database)
    {
        await using var provider = MigratorServices(database);
        var registration = provider.GetServices<IMigratableDbContextRegistration>().Single(r => r.ContextType.Name == "EventsDbContext");
        await using (var scope = provider.CreateAsyncScope())
        {
            await using var context = registration.Create(
                database.OwnerConnectionString, scope.ServiceProvider.GetRequiredService<MarketingDbContextDependencies>(), scope.ServiceProvider.GetRequiredService<DbContextOptionsFactory>());
            await context.GetService<IMigrator>().MigrateAsync(context.Database.GetMigrations().First());
        }

        var sqlite = database.Provider == "Sqlite";
        var (no, time) = sqlite ? ("0", "0") : ("false", "'2026-11-01 08:00:00+00'");
        await ExecuteAsync(database, sqlite
            ? ""
            : """ALTER TABLE events."__EventsMigrationsHistory" SET SCHEMA public""");
        await ExecuteAsync(database,
            $"""INSERT INTO "MarketingEvents" ("Id", "TenantId", "Name", "Type", "IsSpecial", "RiskTier", "StartTime", "EndTime", "OwnerUnitId", "Status", "ConcurrencyStamp", "CreationTime", "IsDeleted") VALUES ('{EventId}', '{Guid.NewGuid()}', 'Spring launch', 0, {no}, 0, {time}, {time}, '{Guid.NewGuid()}', 0, 's', {time}, {no})""");

        await using var migratorScope = provider.CreateAsyncScope();
        await migratorScope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.ApplicationConnectionString);
    }

    private static async Task ExecuteAsync(ITestDatabase database, string sql)
    {
        if (sql.Length == 0)
        {
            return;
        }

        await using var connection = Connection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads across tenants (PostgreSQL: the tables carry forced row-level security after migrating).</summary>
    private static async Task<string?> ScalarAsync(ITestDatabase database, string sql)
    {
        await using var connection = Connection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == "Sqlite" ? sql : $"SELECT set_config('{PostgreSqlTenantSessionInterceptor.SettingName}', '{PostgreSqlTenantSessionInterceptor.AllTenants}', false); " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        if (database.Provider != "Sqlite")
        {
            await reader.NextResultAsync();
        }

        return await reader.ReadAsync() ? reader.GetValue(0).ToString() : null;
    }

    private static DbConnection Connection(ITestDatabase database) =>
        database.Provider == "Sqlite" ? new SqliteConnection(database.OwnerConnectionString) : new NpgsqlConnection(database.OwnerConnectionString);

    private static ServiceProvider MigratorServices(ITestDatabase database) =>
        DbMigratorServices.Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = TestAccounts.HostAdminPassword,
        }).Build());
}
