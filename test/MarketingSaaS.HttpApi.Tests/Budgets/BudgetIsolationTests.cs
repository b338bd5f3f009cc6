using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>Budget, its BudgetLine rows, BudgetCommitment and Expense belong to one company.</summary>
public abstract class BudgetIsolationTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset InMay2026 = new(2026, 5, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Another_company_cannot_list_get_update_delete_or_commit_against_budgets()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aUnit = await a.Admin.CreateUnitIdAsync();
        var aBudget = await a.Admin.CreateBudgetAsync(aUnit, 2026, BudgetClient.Line("Research", 1000m), BudgetClient.Line("Research", 500m, "Quarter", 2));
        var aCommitment = (await a.Admin.CommitOkAsync(aUnit, "Research", 100m, InMay2026)).GetProperty("commitment");
        var aExpense = await (await a.Admin.RecordExpenseAsync(aUnit, "Research", 40m, InMay2026, aCommitment.Id())).ReadAsAsync<JsonElement>();
        var stamp = (await a.Admin.GetJsonAsync<JsonElement>($"/api/budgets/{aBudget.Id()}")).GetProperty("concurrencyStamp").GetString();

        (await b.Admin.GetJsonAsync<JsonElement[]>("/api/budgets")).ShouldBeEmpty();
        (await b.Admin.GetJsonAsync<JsonElement>("/api/budgets/summary?year=2026")).GetProperty("budgets").GetArrayLength().ShouldBe(0);
        (await b.Admin.GetAsync($"/api/budgets/{aBudget.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/budgets/{aBudget.Id()}/figures")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/budgets/{aBudget.Id()}/commitments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/budgets/{aBudget.Id()}/expenses")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/budgets/{aBudget.Id()}", new { name = "Taken", lines = Array.Empty<object>(), concurrencyStamp = stamp }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync($"/api/budgets/{aBudget.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var commitInB = await b.Admin.CommitAsync(aUnit, "Research", 1m, InMay2026);
        (await commitInB.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        var expenseInB = await b.Admin.RecordExpenseAsync(aUnit, "Research", 1m, InMay2026);
        (await expenseInB.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        var budgetInBForAUnit = await b.Admin.PostAsync("/api/budgets", new { fiscalYear = 2026, organizationUnitId = aUnit, name = "A's unit" });
        (await budgetInBForAUnit.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        var checkInB = await b.Admin.PostAsync("/api/budgets/check", new { organizationUnitId = aUnit, category = "Research", date = InMay2026, amount = 1m });
        (await checkInB.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        (await b.Admin.PostAsync($"/api/budgets/commitments/{aCommitment.Id()}/release", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // B's own budget cannot settle A's commitment.
        var bUnit = await b.Admin.CreateUnitIdAsync();
        await b.Admin.CreateBudgetAsync(bUnit, 2026, BudgetClient.Line("Research", 1000m));
        (await b.Admin.RecordExpenseAsync(bUnit, "Research", 1m, InMay2026, aCommitment.Id())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var aFigures = await a.Admin.GetJsonAsync<JsonElement>($"/api/budgets/{aBudget.Id()}");
        aFigures.GetProperty("name").GetString().ShouldBe("Budget 2026");
        aFigures.GetProperty("lines").GetArrayLength().ShouldBe(2);
        var total = aFigures.GetProperty("figures").GetProperty("total");
        total.Amount("committed").ShouldBe(60m);
        total.Amount("actual").ShouldBe(40m);
        (await a.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{aBudget.Id()}/commitments")).Single().GetProperty("status").GetString().ShouldBe("Open");
        (await a.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{aBudget.Id()}/expenses")).Single().Id().ShouldBe(aExpense.Id());
    }
}

public sealed class BudgetIsolationTestsOnSqlite(SqliteApiFixture fixture) : BudgetIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class BudgetIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : BudgetIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
