using MarketingSaaS.TestBase.Hosting;
using Npgsql;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Isolation;

/// <summary>The module's tenant tables, in the schema <c>events</c>, get the same PostgreSQL row-level security as the platform's.</summary>
public sealed class EventsRowLevelSecurityTests(PostgreSqlApiFixture fixture) : IClassFixture<PostgreSqlApiFixture>
{
    [Theory]
    [InlineData("MarketingEvents")]
    [InlineData("EventBudgetLines")]
    [InlineData("EventTasks")]
    [InlineData("EventTaskAssignments")]
    [InlineData("EventMilestones")]
    [InlineData("EventRisks")]
    [InlineData("EventRehearsalReminders")]
    [InlineData("EventTemplates")]
    [InlineData("EventTemplateBudgetLines")]
    [InlineData("EventTemplateTasks")]
    [InlineData("EventTemplateTaskAssignments")]
    [InlineData("EventTemplateMilestones")]
    [InlineData("EventTemplateRisks")]
    public async Task Module_tables_have_forced_row_level_security_and_their_own_history(string table)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT c.relrowsecurity, c.relforcerowsecurity, (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'events' AND p.tablename = c.relname AND p.policyname = 'tenant_isolation'), to_regclass('events.\"__EventsMigrationsHistory\"') IS NOT NULL FROM pg_class c WHERE c.relname = @table AND c.relnamespace = 'events'::regnamespace",
            connection);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync();

        (await reader.ReadAsync()).ShouldBeTrue();
        reader.GetBoolean(0).ShouldBeTrue();
        reader.GetBoolean(1).ShouldBeTrue();
        reader.GetInt64(2).ShouldBe(1);
        reader.GetBoolean(3).ShouldBeTrue();
    }
}
