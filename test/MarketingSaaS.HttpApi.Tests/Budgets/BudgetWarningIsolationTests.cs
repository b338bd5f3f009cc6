using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>BudgetWarning rows belong to one company: another company neither sees them nor gets them recorded by its own spending.</summary>
public abstract class BudgetWarningIsolationTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset InMay2026 = new(2026, 5, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Another_company_cannot_read_budget_warnings_and_its_spending_does_not_count()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aUnit = await a.Admin.CreateUnitIdAsync();
        var aBudget = await a.Admin.CreateBudgetAsync(aUnit, 2026, BudgetClient.Line("Research", 100m));
        await a.Admin.CommitOkAsync(aUnit, "Research", 90m, InMay2026);
        var bUnit = await b.Admin.CreateUnitIdAsync();
        var bBudget = await b.Admin.CreateBudgetAsync(bUnit, 2026, BudgetClient.Line("Research", 100m));
        await b.Admin.CommitOkAsync(bUnit, "Research", 10m, InMay2026);

        (await b.Admin.GetAsync($"/api/budgets/{aBudget.Id()}/warnings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{bBudget.Id()}/warnings")).ShouldBeEmpty();

        (await (await b.Admin.RecordExpenseAsync(bUnit, "Research", 80m, InMay2026)).ReadAsAsync<JsonElement>()).Id().ShouldNotBe(Guid.Empty);
        var bWarning = (await b.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{bBudget.Id()}/warnings")).Single();
        bWarning.GetProperty("used").GetDecimal().ShouldBe(90m);
        (await a.Admin.GetAsync($"/api/budgets/{bBudget.Id()}/warnings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var aWarning = (await a.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{aBudget.Id()}/warnings")).Single();
        aWarning.GetProperty("level").GetString().ShouldBe("Warning80");
        aWarning.Id().ShouldNotBe(bWarning.Id());
    }
}

public sealed class BudgetWarningIsolationTestsOnSqlite(SqliteApiFixture fixture) : BudgetWarningIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class BudgetWarningIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : BudgetWarningIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
