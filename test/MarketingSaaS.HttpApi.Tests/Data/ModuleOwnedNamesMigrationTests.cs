using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using MarketingSaaS.TestBase.Databases;
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
        await using var provider = MigrationTestDatabase.MigratorServices(database);
        await using var platform = MigrationTestDatabase.OpenContext(provider, database, type => type == typeof(PlatformDbContext));
        var migrations = platform.Migrations;
        var target = migrations.Single(m => m.EndsWith("_ModuleOwnedNames", StringComparison.Ordinal));
        await platform.MigrateToAsync(migrations[migrations.IndexOf(target) - 1]);
        await InsertOldRowsAsync(database);
        if (database.Provider != "Sqlite")
        {
            await PostgreSqlRowLevelSecurity.ApplyAsync(platform.Context, applicationRole: null);
        }

        await platform.MigrateToAsync(target);

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
        await MigrationTestDatabase.ExecuteAsync(database, statements);
    }

    /// <summary>Key and value of each row in the query's order, read across tenants.</summary>
    private static async Task<Dictionary<string, string>> ReadAsync(ITestDatabase database, string sql) =>
        (await MigrationTestDatabase.ReadAsync(database, sql, row => (Key: row.GetString(0), Value: row.GetString(1))))
        .ToDictionary(r => r.Key, r => r.Value);
}
