using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Figures;

/// <summary>Figures of one event and of a page of events, from recorded costs and the revenue entered later.</summary>
public abstract class EventFiguresApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Actual_cost_and_roi_follow_costs_and_the_revenue_entered_later()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 1200.50m)).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 1), 799.50m)).ReadJsonAsync(HttpStatusCode.Created);

        var before = await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/figures");
        var revenue = await (await s.Admin.PutAsync($"/api/events/{e.Id()}/figures/revenue", new { amount = 2500.00m })).ReadJsonAsync(HttpStatusCode.OK);
        var after = await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/figures");

        before.GetProperty("actualCost").GetDecimal().ShouldBe(2000.00m);
        before.GetProperty("budget").GetDecimal().ShouldBe(2000.00m);
        before.GetProperty("roi").ValueKind.ShouldBe(JsonValueKind.Null);
        revenue.GetProperty("currency").GetString().ShouldBe("CNY");
        after.GetProperty("attributedRevenue").GetDecimal().ShouldBe(2500.00m);
        after.GetProperty("roi").GetDecimal().ShouldBe(0.25m);
        after.GetProperty("costPerAttendee").ValueKind.ShouldBe(JsonValueKind.Null); // nobody registered
    }

    [Fact]
    public async Task An_event_without_costs_has_a_null_roi_not_an_error()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        await (await s.Admin.PutAsync($"/api/events/{e.Id()}/figures/revenue", new { amount = 100m })).ReadJsonAsync(HttpStatusCode.OK);

        var figures = await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/figures");

        figures.GetProperty("actualCost").GetDecimal().ShouldBe(0m);
        figures.GetProperty("roi").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_paged_list_carries_each_events_figures()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var first = await s.CreateEventAsync(MarketingEventStatus.InExecution, "First");
        await s.CreateEventAsync(MarketingEventStatus.InExecution, "Second");
        await (await s.AddExpenseAsync(first.Id(), EventExecutionScenario.BudgetLine(first, 0), 300m)).ReadJsonAsync(HttpStatusCode.Created);

        var page = await s.Admin.GetJsonAsync<JsonElement>("/api/events/figures?maxResultCount=1&filter=First");
        var all = await s.Admin.GetJsonAsync<JsonElement>("/api/events/figures");

        page.GetProperty("totalCount").GetInt64().ShouldBe(1);
        var item = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("name").GetString().ShouldBe("First");
        item.GetProperty("actualCost").GetDecimal().ShouldBe(300m);
        all.GetProperty("totalCount").GetInt64().ShouldBe(2);
        all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Second").GetProperty("actualCost").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task Revenue_must_be_zero_or_more_and_a_stale_stamp_is_409()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed);
        var url = $"/api/events/{e.Id()}/figures/revenue";

        var negative = await (await s.Admin.PutAsync(url, new { amount = -1m })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var first = await (await s.Admin.PutAsync(url, new { amount = 10m })).ReadJsonAsync(HttpStatusCode.OK);
        var stamp = first.GetProperty("concurrencyStamp").GetString();
        await (await s.Admin.PutAsync(url, new { amount = 20m, concurrencyStamp = stamp })).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Admin.PutAsync(url, new { amount = 30m, concurrencyStamp = stamp })).ReadProblemAsync(HttpStatusCode.Conflict);

        negative.GetProperty("errors").TryGetProperty("amount", out _).ShouldBeTrue();
        (await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/figures")).GetProperty("attributedRevenue").GetDecimal().ShouldBe(20m);
    }
}

public sealed class EventFiguresApiTestsOnSqlite(SqliteApiFixture fixture) : EventFiguresApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventFiguresApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventFiguresApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
