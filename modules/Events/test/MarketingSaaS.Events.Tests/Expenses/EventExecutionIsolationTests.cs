using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Expenses;

/// <summary>
/// Tenant isolation of <see cref="EventExpense"/> (and its receipt), <see cref="EventReview"/> with its
/// <see cref="EventImprovementItem"/>s, <see cref="EventAttributedRevenue"/> and the figures; the
/// <see cref="EventReviewFollowUp"/> rows are covered by EventReviewDeadlineJobTests (another company's run).
/// Company B sees none of A's rows, through A's ids or its own lists: 404 or empty, and A's data is unchanged.
/// </summary>
public abstract class EventExecutionIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_list_read_change_or_delete_EventExpense_rows_or_receipts()
    {
        var (a, b, e) = await ScenarioAsync();
        var expense = await (await a.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 100m)).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/expenses/{expense.Id()}";
        await (await EventExpenseApiTests.UploadAsync(a.Admin, url + "/receipt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A], "r.pdf")).ReadJsonAsync(HttpStatusCode.Created);

        (await b.Admin.GetAsync($"/api/events/{e.Id()}/expenses")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/events/expenses/{expense.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 5m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync(url, new { note = "hijacked", concurrencyStamp = expense.GetProperty("concurrencyStamp").GetString() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync(url + "/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await EventExpenseApiTests.UploadAsync(b.Admin, url + "/receipt", [0x25, 0x50, 0x44, 0x46, 0x2D], "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var kept = (await a.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses")).ShouldHaveSingleItem();
        kept.GetProperty("note").GetString().ShouldBe("invoice 42");
        (await a.Admin.GetAsync(url + "/receipt")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_company_cannot_read_or_write_an_EventReview()
    {
        var (a, b, e) = await ScenarioAsync(MarketingEventStatus.Completed);
        await (await a.Admin.PutAsync($"/api/events/{e.Id()}/review", EventExecutionScenario.Review)).ReadJsonAsync(HttpStatusCode.OK);

        (await b.Admin.GetAsync($"/api/events/{e.Id()}/review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/events/{e.Id()}/review", new { goalAttainment = "hijacked", resourceEfficiency = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await a.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/review")).GetProperty("goalAttainment").GetString().ShouldBe("120 of 100 planned guests");
    }

    [Fact]
    public async Task Another_company_cannot_read_figures_or_set_EventAttributedRevenue()
    {
        var (a, b, e) = await ScenarioAsync();
        await (await a.Admin.PutAsync($"/api/events/{e.Id()}/figures/revenue", new { amount = 10m })).ReadJsonAsync(HttpStatusCode.OK);

        (await b.Admin.GetAsync($"/api/events/{e.Id()}/figures")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/events/{e.Id()}/figures/revenue", new { amount = 99m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetJsonAsync<JsonElement>("/api/events/figures")).GetProperty("totalCount").GetInt64().ShouldBe(0);

        (await a.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/figures")).GetProperty("attributedRevenue").GetDecimal().ShouldBe(10m);
    }

    private async Task<(EventExecutionScenario A, EventExecutionScenario B, JsonElement Event)> ScenarioAsync(MarketingEventStatus status = MarketingEventStatus.InExecution)
    {
        var a = await EventExecutionScenario.CreateAsync(fixture);
        var e = await a.CreateEventAsync(status);
        var b = await EventExecutionScenario.CreateAsync(fixture);
        return (a, b, e);
    }
}

public sealed class EventExecutionIsolationTestsOnSqlite(SqliteApiFixture fixture) : EventExecutionIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventExecutionIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventExecutionIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
