using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>
/// Issue 20, defect 5: expenses follow the company's over-budget policy, so committed + actual never exceeds planned
/// unless an approval allowed it. Block (default) → 422; ExtraApproval → the expense becomes an approval request (202).
/// </summary>
public abstract class ExpenseOverBudgetTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset InMarch2026 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Under_block_an_expense_over_budget_is_refused_and_nothing_is_recorded()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 10_000m));

        var problem = await (await session.Admin.RecordExpenseAsync(unitId, "Research", 25_000m, InMarch2026)).ReadProblemAsync((HttpStatusCode)422);

        problem.GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
        (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total").Amount("actual").ShouldBe(0m);
    }

    [Fact]
    public async Task Under_block_an_expense_may_use_its_commitment_and_what_remains_but_no_more()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 10_000m));
        var commitment = (await session.Admin.CommitOkAsync(unitId, "Research", 8_000m, InMarch2026)).GetProperty("commitment");

        (await session.Admin.RecordExpenseAsync(unitId, "Research", 9_000m, InMarch2026, commitment.Id())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.Admin.RecordExpenseAsync(unitId, "Research", 1_000m, InMarch2026)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = (await (await session.Admin.RecordExpenseAsync(unitId, "Research", 0.01m, InMarch2026)).ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString();

        code.ShouldBe("Budgets:BudgetExceeded");
        var total = (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total");
        (total.Amount("committed") + total.Amount("actual")).ShouldBe(10_000m);
    }

    [Fact]
    public async Task Under_extra_approval_an_expense_over_budget_becomes_an_approval_request()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 10_000m));
        await s.Admin.SetSettingAsync("Budgets.OverBudgetPolicy", "ExtraApproval");
        (await s.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={s.Engine.User("researcher")}", new { grantedPermissions = new[] { "Approvals.Requests", "Budgets.Expenses" } }))
            .EnsureSuccessStatusCode();

        var response = await s.Engine["researcher"].RecordExpenseAsync(s.UnitId, "Research", 25_000m, InMarch2026);

        var accepted = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var requestId = accepted.GetProperty("approvalRequestId").GetGuid();
        var details = await s.Engine.GetAsync("researcher", requestId);
        details.GetProperty("request").GetProperty("businessType").GetString().ShouldBe("Expense");
        details.GetProperty("request").GetProperty("amount").GetDecimal().ShouldBe(25_000m);
        details.GetProperty("request").GetProperty("budget").GetProperty("needsExtraApproval").GetBoolean().ShouldBeTrue();
        (await s.FiguresAsync()).GetProperty("total").Amount("actual").ShouldBe(0m);

        await s.ApproveAllAsync(requestId);
        var commitment = (await s.CommitmentsAsync()).Single(c => c.GetProperty("sourceReference").GetString() == $"approvals:{requestId}");
        (await s.Engine["researcher"].RecordExpenseAsync(s.UnitId, "Research", 25_000m, InMarch2026, commitment.Id())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.FiguresAsync()).GetProperty("total").Amount("actual").ShouldBe(25_000m);
    }
}

public sealed class ExpenseOverBudgetTestsOnSqlite(SqliteApiFixture fixture) : ExpenseOverBudgetTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ExpenseOverBudgetTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ExpenseOverBudgetTests(fixture), IClassFixture<PostgreSqlApiFixture>;
