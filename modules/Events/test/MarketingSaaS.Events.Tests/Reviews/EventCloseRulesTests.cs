using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Reviews;

/// <summary>A completed event closes only with actual costs and a review (422, localized, otherwise).</summary>
public abstract class EventCloseRulesTests(ApiFixture fixture)
{
    [Fact]
    public async Task Closing_needs_actual_costs_then_a_review()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        s.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed);
        var close = $"/api/events/{e.Id()}/close";

        var noCosts = await (await s.Admin.PostAsync(close, new { })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 100m)).ReadJsonAsync(HttpStatusCode.Created);
        var noReview = await (await s.Admin.PostAsync(close, new { })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await s.Admin.PutAsync($"/api/events/{e.Id()}/review", EventExecutionScenario.Review)).ReadJsonAsync(HttpStatusCode.OK);
        var closed = await (await s.Admin.PostAsync(close, new { })).ReadJsonAsync(HttpStatusCode.OK);

        noCosts.GetProperty("code").GetString().ShouldBe("Events:NoActualCosts");
        noCosts.GetProperty("title").GetString().ShouldBe("Record the event's actual costs before closing it.");
        noReview.GetProperty("code").GetString().ShouldBe("Events:NoReview");
        closed.GetProperty("status").GetString().ShouldBe("Closed");
    }

    [Fact]
    public async Task The_message_is_in_the_callers_language()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{e.Id()}/close") { Content = JsonContent.Create(new { }) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var problem = await (await s.Admin.Http.SendAsync(request)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("title").GetString().ShouldBe("关闭活动前请先登记实际费用。");
        (await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}")).GetProperty("status").GetString().ShouldBe("Completed");
    }
}

public sealed class EventCloseRulesTestsOnSqlite(SqliteApiFixture fixture) : EventCloseRulesTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventCloseRulesTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventCloseRulesTests(fixture), IClassFixture<PostgreSqlApiFixture>;
