using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Expenses;

/// <summary>
/// Issue 20, point 6: an event's cost that would take the budget over its plan follows the company's over-budget
/// policy. ExtraApproval → 202, the cost is stored pending with an approval request (business type Expense, with the
/// over-budget stage); approved → recorded as actual (exactly its amount), rejected → never counts. Block → 422,
/// nothing stored. The event (10,000 CNY) has committed the whole plan of its category (10,000), so any cost beyond the
/// commitment is over budget.
/// </summary>
public abstract class EventExpenseOverBudgetApprovalTests(ApiFixture fixture)
{
    [Fact]
    public async Task Under_extra_approval_a_cost_over_budget_is_stored_pending_with_an_approval_request()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("ExtraApproval");

        var response = await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m));

        var pending = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        pending.GetProperty("status").GetString().ShouldBe("PendingApproval");
        pending.GetProperty("recordedInBudget").GetBoolean().ShouldBeFalse();
        var requestId = pending.GetProperty("approvalRequestId").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/approvals/requests/{requestId}");
        var request = (await s.GetRequestAsync(requestId)).GetProperty("request");
        request.GetProperty("businessType").GetString().ShouldBe("Expense");
        request.GetProperty("subjectModule").GetString().ShouldBe("Events");
        request.GetProperty("amount").GetDecimal().ShouldBe(12_000m);
        request.GetProperty("budget").GetProperty("needsExtraApproval").GetBoolean().ShouldBeTrue();
        (await s.RouteAsync(requestId)).ShouldBe([["director"], ["finance"], ["gm"]]);
        (await ExpensesAsync(s, eventId)).Single().GetProperty("status").GetString().ShouldBe("PendingApproval");
        (await BudgetAsync(s)).ShouldBe((Committed: 10_000m, Actual: 0m));
        (await ActualCostAsync(s, eventId)).ShouldBe(0m);
    }

    [Fact]
    public async Task The_approval_request_of_a_cost_names_the_cost_and_the_cost_names_its_event()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("ExtraApproval");
        var pending = await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m))).ReadJsonAsync(HttpStatusCode.Accepted);
        var subjectId = (await s.GetRequestAsync(pending.GetProperty("approvalRequestId").GetGuid())).GetProperty("request").GetProperty("subjectId").GetString()!;

        var cost = await s.Admin.GetJsonAsync<JsonElement>($"/api/events/expenses/{subjectId["expense:".Length..]}");

        (cost.Id(), cost.GetProperty("marketingEventId").GetGuid()).ShouldBe((pending.Id(), eventId));
    }

    [Fact]
    public async Task An_approved_cost_is_recorded_and_the_budget_actual_grows_by_exactly_its_amount()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("ExtraApproval");
        var pending = await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m))).ReadJsonAsync(HttpStatusCode.Accepted);
        var before = await BudgetAsync(s);

        await s.ApproveAllAsync(pending.GetProperty("approvalRequestId").GetGuid());

        var recorded = (await ExpensesAsync(s, eventId)).Single();
        recorded.GetProperty("status").GetString().ShouldBe("Recorded");
        recorded.GetProperty("recordedInBudget").GetBoolean().ShouldBeTrue();
        var after = await BudgetAsync(s);
        (after.Actual - before.Actual).ShouldBe(12_000m);
        // The cost settled the event's commitment; the approval's own commitment was released, so nothing counts twice.
        after.Committed.ShouldBe(0m);
        (await ActualCostAsync(s, eventId)).ShouldBe(12_000m);
    }

    [Fact]
    public async Task A_rejected_cost_is_marked_rejected_and_never_counts()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("ExtraApproval");
        var pending = await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m))).ReadJsonAsync(HttpStatusCode.Accepted);

        (await s.DecideAsync("director", pending.GetProperty("approvalRequestId").GetGuid(), "reject", "too expensive")).EnsureSuccessStatusCode();

        (await ExpensesAsync(s, eventId)).Single().GetProperty("status").GetString().ShouldBe("Rejected");
        (await BudgetAsync(s)).ShouldBe((Committed: 10_000m, Actual: 0m));
        (await ActualCostAsync(s, eventId)).ShouldBe(0m);
    }

    [Fact]
    public async Task A_pending_cost_cannot_be_changed_or_deleted()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("ExtraApproval");
        var pending = await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m))).ReadJsonAsync(HttpStatusCode.Accepted);
        var url = $"/api/events/{eventId}/expenses/{pending.Id()}";

        var change = await (await s.Admin.PutAsync(url, new { amount = 100m, concurrencyStamp = pending.GetProperty("concurrencyStamp").GetString() })).ReadProblemAsync((HttpStatusCode)422);
        var delete = await (await s.Admin.DeleteAsync(url)).ReadProblemAsync((HttpStatusCode)422);

        change.GetProperty("code").GetString().ShouldBe("Events:ExpenseAwaitingApproval");
        delete.GetProperty("code").GetString().ShouldBe("Events:ExpenseAwaitingApproval");
        (await ExpensesAsync(s, eventId)).Single().GetProperty("amount").GetDecimal().ShouldBe(12_000m);
    }

    [Fact]
    public async Task Under_block_a_cost_over_budget_is_422_and_nothing_is_stored()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("Block");

        var problem = await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m))).ReadProblemAsync((HttpStatusCode)422);

        problem.GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
        (await ExpensesAsync(s, eventId)).ShouldBeEmpty();
        (await BudgetAsync(s)).ShouldBe((Committed: 10_000m, Actual: 0m));
    }

    [Fact]
    public async Task Another_company_can_neither_see_the_pending_cost_nor_decide_its_request()
    {
        var (s, eventId, lineId) = await ApprovedEventAsync("ExtraApproval");
        var pending = await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(lineId, 12_000m))).ReadJsonAsync(HttpStatusCode.Accepted);
        var requestId = pending.GetProperty("approvalRequestId").GetGuid();
        var other = await fixture.SignUpWithEventsAsync();

        (await other.Admin.GetAsync($"/api/events/{eventId}/expenses")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Admin.GetAsync($"/api/approvals/requests/{requestId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Admin.PostAsync($"/api/approvals/requests/{requestId}/approve", new { comment = "hijacked" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await ExpensesAsync(s, eventId)).Single().GetProperty("status").GetString().ShouldBe("PendingApproval");
        (await BudgetAsync(s)).ShouldBe((Committed: 10_000m, Actual: 0m));
    }

    /// <summary>A 10,000 CNY event, approved (committing the category's whole plan of 10,000) and started, under the given policy.</summary>
    private async Task<(EventApprovalScenario S, Guid EventId, Guid LineId)> ApprovedEventAsync(string policy)
    {
        var s = await EventApprovalScenario.CreateAsync(fixture, plannedPerCategory: 10_000m, withFinance: true);
        (await s.Admin.PutSettingAsync("Budgets.OverBudgetPolicy", policy)).EnsureSuccessStatusCode();
        (await s.Admin.PutSettingAsync("Budgets.ExtraApprovalPositions", "总经理")).EnsureSuccessStatusCode();
        var created = await s.CreateEventAsync(10_000m);
        await s.ApproveAllAsync((await s.SubmitAsync(created.Id())).GetProperty("approvalRequestId").GetGuid());
        await s.Admin.PostJsonAsync<JsonElement>($"/api/events/{created.Id()}/start", new { });
        return (s, created.Id(), created.GetProperty("budgetLines")[0].Id());
    }

    private static object Expense(Guid budgetLineId, decimal amount) =>
        new { budgetLineId, amount, currency = "CNY", spentOn = MarketingEventRequests.Start.AddHours(1), note = "venue invoice" };

    private static Task<JsonElement[]> ExpensesAsync(EventApprovalScenario s, Guid eventId) =>
        s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{eventId}/expenses");

    private static async Task<decimal> ActualCostAsync(EventApprovalScenario s, Guid eventId) =>
        (await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/figures")).GetProperty("actualCost").GetDecimal();

    private static async Task<(decimal Committed, decimal Actual)> BudgetAsync(EventApprovalScenario s)
    {
        var figures = await s.Admin.GetJsonAsync<JsonElement>($"/api/budgets/{s.BudgetId}/figures");
        var total = figures.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "PromotionEvents").GetProperty("total");
        return (total.GetProperty("committed").GetDecimal(), total.GetProperty("actual").GetDecimal());
    }
}

public sealed class EventExpenseOverBudgetApprovalTestsOnSqlite(SqliteApiFixture fixture) : EventExpenseOverBudgetApprovalTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventExpenseOverBudgetApprovalTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventExpenseOverBudgetApprovalTests(fixture), IClassFixture<PostgreSqlApiFixture>;
