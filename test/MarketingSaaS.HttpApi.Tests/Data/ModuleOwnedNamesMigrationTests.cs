using System.Data.Common;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
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
/// Migration ModuleOwnedNames: rows written before it (business types as enum numbers, the event plan template as
/// Documents.EventPlan) read back with the names modules register. On PostgreSQL the tables already carry row-level security.
/// </summary>
public sealed class ModuleOwnedNamesMigrationTests
{
    private static readonly Guid Tenant = Guid.Parse("0190a5a0-0000-7000-8000-0000000000aa");

    [Fact]
    public async Task Old_rows_read_back_with_the_new_names_on_sqlite()
    {
        await using var database = new SqliteTestDatabase();
        await AssertOldRowsAreRenamedAsync(database);
    }

    [Fact]
    public async Task Old_rows_read_back_with_the_new_names_on_postgresql()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertOldRowsAreRenamedAsync(database);
    }

    private static async Task AssertOldRowsAreRenamedAsync(ITestDatabase database)
    {
        await using var provider = MigratorServices(database);
        var registration = provider.GetServices<IMigratableDbContextRegistration>().Single(r => r.ContextType == typeof(PlatformDbContext));
        await using var scope = provider.CreateAsyncScope();
        await using var context = registration.Create(
            database.OwnerConnectionString, scope.ServiceProvider.GetRequiredService<MarketingDbContextDependencies>(), scope.ServiceProvider.GetRequiredService<DbContextOptionsFactory>());
        var migrations = context.Database.GetMigrations().ToList();
        var target = migrations.Single(m => m.EndsWith("_ModuleOwnedNames", StringComparison.Ordinal));
        await context.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(target) - 1]);
        await InsertOldRowsAsync(database);
        if (database.Provider != "Sqlite")
        {
            await PostgreSqlRowLevelSecurity.ApplyAsync(context, applicationRole: null);
        }

        await context.GetService<IMigrator>().MigrateAsync(target);

        (await ReadAsync(database, """SELECT "Name", "BusinessType" FROM "ApprovalPolicies" ORDER BY "Name" """)).ShouldBe(new Dictionary<string, string>
        {
            ["budget"] = "BudgetChange",
            ["event"] = "Events.Event",
            ["expense"] = "Expense",
            ["material"] = "PromotionMaterial",
            ["research"] = "Research.ResearchPlan",
            ["step"] = "ProcessStep",
        });
        (await ReadAsync(database, """SELECT "Content", "Name" FROM "TextTemplateOverrides" ORDER BY "Content" """)).ShouldBe(new Dictionary<string, string>
        {
            ["event plan"] = "Events.EventPlan",
            ["research plan"] = "Documents.MarketResearchPlan",
        });
        var deliverables = (await ReadAsync(database, """SELECT "Name", "Deliverables" FROM "ProcessStepDefinitions" """))["Write the event plan"];
        deliverables.ShouldContain("\"Events.EventPlan\"");
        deliverables.ShouldNotContain("Documents.EventPlan");
    }

    private static async Task InsertOldRowsAsync(ITestDatabase database)
    {
        var sqlite = database.Provider == "Sqlite";
        var no = sqlite ? "0" : "false";
        var time = "'2026-11-01 08:00:00+00:00'";
        string[] names = ["event", "research", "material", "expense", "budget", "step"];
        var statements = names.Select((name, number) =>
            $"""INSERT INTO "ApprovalPolicies" ("Id", "TenantId", "BusinessType", "Name", "ConcurrencyStamp", "CreationTime", "IsDeleted") VALUES ('{Guid.NewGuid()}', '{Tenant}', {number}, '{name}', 's', {time}, {no})""")
            .Concat(new[] { ("event plan", "Documents.EventPlan"), ("research plan", "Documents.MarketResearchPlan") }.Select(o =>
                $"""INSERT INTO "TextTemplateOverrides" ("Id", "TenantId", "Name", "Culture", "Content", "LastChangeTime", "ConcurrencyStamp") VALUES ('{Guid.NewGuid()}', '{Tenant}', '{o.Item2}', 'en', '{o.Item1}', {time}, 's')"""));
        var noPositions = sqlite ? "'[]'" : "'{}'";
        const string deliverables = """[{"Name":"Event plan","IsRequired":true,"DocumentTemplateName":"Documents.EventPlan"}]""";
        var template = Guid.NewGuid();
        var version = Guid.NewGuid();
        statements = statements.Concat(
        [
            $"""INSERT INTO "ProcessTemplates" ("Id", "TenantId", "Code", "Name", "Revision", "ConcurrencyStamp", "CreationTime", "IsDeleted") VALUES ('{template}', '{Tenant}', 'SC-007', 'Event planning', 1, 's', {time}, {no})""",
            $"""INSERT INTO "ProcessTemplateVersions" ("Id", "TenantId", "TemplateId", "Number", "State") VALUES ('{version}', '{Tenant}', '{template}', 1, 1)""",
            $"""INSERT INTO "ProcessStepDefinitions" ("Id", "TenantId", "VersionId", "Order", "Name", "ResponsiblePositionIds", "PlannedDays", "EndsWithApproval", "ParallelGroup", "Deliverables") VALUES ('{Guid.NewGuid()}', '{Tenant}', '{version}', 1, 'Write the event plan', {noPositions}, 3, {no}, 0, '{deliverables}')""",
        ]);
        await using var connection = Connection(database);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Key and value of each row in the query's order, read across tenants.</summary>
    private static async Task<Dictionary<string, string>> ReadAsync(ITestDatabase database, string sql)
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

        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0), reader.GetString(1));
        }

        return rows;
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
