using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Expenses;

/// <summary>
/// Costs of an approved event are recorded in the platform budget against the approval's commitment; correcting the
/// amount or deleting the cost corrects the budget's actuals and the commitment's open amount in the same request.
/// </summary>
public abstract class EventExpenseBudgetCorrectionTests(ApiFixture fixture)
{
    [Fact]
    public async Task Changing_the_amount_of_a_budgeted_cost_re_records_it_in_the_budget()
    {
        var (s, eventId, expense) = await BudgetedCostAsync(1_000m);
        var url = $"/api/events/{eventId}/expenses/{expense.Id()}";

        var changed = await (await s.Admin.PutAsync(url, new { amount = 2_500.50m, note = "corrected invoice", concurrencyStamp = expense.GetProperty("concurrencyStamp").GetString() }))
            .ReadJsonAsync(HttpStatusCode.OK);

        changed.GetProperty("amount").GetDecimal().ShouldBe(2_500.50m);
        changed.GetProperty("note").GetString().ShouldBe("corrected invoice");
        (await FiguresAsync(s)).ShouldBe((Committed: 7_499.50m, Actual: 2_500.50m));
        (await BudgetExpenseAmountsAsync(s)).ShouldBe([2_500.50m]);
    }

    [Fact]
    public async Task A_bad_amount_is_400_and_changes_nothing_and_the_note_alone_keeps_the_amount()
    {
        var (s, eventId, expense) = await BudgetedCostAsync(1_000m);
        var url = $"/api/events/{eventId}/expenses/{expense.Id()}";
        var stamp = expense.GetProperty("concurrencyStamp").GetString();

        var zero = await (await s.Admin.PutAsync(url, new { amount = 0m, concurrencyStamp = stamp })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var cents = await (await s.Admin.PutAsync(url, new { amount = 1.005m, concurrencyStamp = stamp })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var noteOnly = await (await s.Admin.PutAsync(url, new { note = "only the note", concurrencyStamp = stamp })).ReadJsonAsync(HttpStatusCode.OK);

        zero.GetProperty("errors").TryGetProperty("amount", out _).ShouldBeTrue();
        cents.GetProperty("errors").TryGetProperty("amount", out _).ShouldBeTrue();
        noteOnly.GetProperty("amount").GetDecimal().ShouldBe(1_000m);
        (await FiguresAsync(s)).ShouldBe((Committed: 9_000m, Actual: 1_000m));
    }

    [Fact]
    public async Task Deleting_a_budgeted_cost_takes_it_out_of_the_budget_and_reopens_the_commitment()
    {
        var (s, eventId, expense) = await BudgetedCostAsync(1_000m);
        await (await s.Admin.PostAsync($"/api/events/{eventId}/expenses", Expense(EventBudgetLineOf(expense), 300m))).ReadJsonAsync(HttpStatusCode.Created);

        (await s.Admin.DeleteAsync($"/api/events/{eventId}/expenses/{expense.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await FiguresAsync(s)).ShouldBe((Committed: 9_700m, Actual: 300m));
        (await BudgetExpenseAmountsAsync(s)).ShouldBe([300m]);
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{eventId}/expenses")).Select(e => e.GetProperty("amount").GetDecimal()).ShouldBe([300m]);
    }

    [Fact]
    public async Task A_cost_above_the_commitment_settles_at_most_the_commitment_after_a_correction()
    {
        var (s, eventId, expense) = await BudgetedCostAsync(9_000m);
        var url = $"/api/events/{eventId}/expenses/{expense.Id()}";

        await (await s.Admin.PutAsync(url, new { amount = 12_000m, concurrencyStamp = expense.GetProperty("concurrencyStamp").GetString() })).ReadJsonAsync(HttpStatusCode.OK);
        var over = await FiguresAsync(s);
        var back = (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{eventId}/expenses")).Single().GetProperty("concurrencyStamp").GetString();
        await (await s.Admin.PutAsync(url, new { amount = 4_000m, concurrencyStamp = back })).ReadJsonAsync(HttpStatusCode.OK);

        over.ShouldBe((Committed: 0m, Actual: 12_000m));
        (await FiguresAsync(s)).ShouldBe((Committed: 6_000m, Actual: 4_000m));
    }

    [Fact]
    public async Task A_correction_beyond_the_plan_is_refused_under_the_block_policy()
    {
        var (s, eventId, expense) = await BudgetedCostAsync(9_000m);

        var problem = await (await s.Admin.PutAsync($"/api/events/{eventId}/expenses/{expense.Id()}", new { amount = 1_000_001m, concurrencyStamp = expense.GetProperty("concurrencyStamp").GetString() }))
            .ReadProblemAsync((HttpStatusCode)422);

        problem.GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
        (await FiguresAsync(s)).ShouldBe((Committed: 1_000m, Actual: 9_000m));
    }

    /// <summary>An approved 10,000 CNY event in execution with one cost of <paramref name="amount"/> recorded in the budget.</summary>
    private async Task<(EventApprovalScenario S, Guid EventId, JsonElement Expense)> BudgetedCostAsync(decimal amount)
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var created = await s.CreateEventAsync(10_000m);
        var requestId = (await s.SubmitAsync(created.Id())).GetProperty("approvalRequestId").GetGuid();
        await s.ApproveAllAsync(requestId);
        await s.Admin.PostJsonAsync<JsonElement>($"/api/events/{created.Id()}/start", new { });
        var expense = await (await s.Admin.PostAsync($"/api/events/{created.Id()}/expenses", Expense(created.GetProperty("budgetLines")[0].Id(), amount)))
            .ReadJsonAsync(HttpStatusCode.Created);
        expense.GetProperty("recordedInBudget").GetBoolean().ShouldBeTrue();
        (await FiguresAsync(s)).ShouldBe((Committed: Math.Max(10_000m - amount, 0m), Actual: amount));
        return (s, created.Id(), expense);
    }

    private static object Expense(Guid budgetLineId, decimal amount) =>
        new { budgetLineId, amount, currency = "CNY", spentOn = MarketingEventRequests.Start.AddHours(1), note = "invoice" };

    private static Guid EventBudgetLineOf(JsonElement expense) => expense.GetProperty("budgetLineId").GetGuid();

    private static async Task<(decimal Committed, decimal Actual)> FiguresAsync(EventApprovalScenario s)
    {
        var figures = await s.Admin.GetJsonAsync<JsonElement>($"/api/budgets/{s.BudgetId}/figures");
        var total = figures.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "PromotionEvents").GetProperty("total");
        return (total.GetProperty("committed").GetDecimal(), total.GetProperty("actual").GetDecimal());
    }

    private static async Task<decimal[]> BudgetExpenseAmountsAsync(EventApprovalScenario s) =>
        [.. (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{s.BudgetId}/expenses")).Select(e => e.GetProperty("amount").GetDecimal())];
}

public sealed class EventExpenseBudgetCorrectionTestsOnSqlite(SqliteApiFixture fixture) : EventExpenseBudgetCorrectionTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventExpenseBudgetCorrectionTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventExpenseBudgetCorrectionTests(fixture), IClassFixture<PostgreSqlApiFixture>;
