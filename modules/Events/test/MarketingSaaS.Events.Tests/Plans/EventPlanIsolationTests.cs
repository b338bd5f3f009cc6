using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Plans;

/// <summary>
/// Tenant isolation of <see cref="EventTask"/> (with its <see cref="EventTaskAssignment"/>s), <see cref="EventMilestone"/>
/// and <see cref="EventRisk"/>; the <see cref="EventRehearsalReminder"/> rows are covered by RehearsalReminderJobTests
/// (another company's run). Company B reaches none of A's rows through A's ids: 404, and A's data is unchanged.
/// </summary>
public abstract class EventPlanIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_list_read_change_report_on_or_delete_EventTask_rows()
    {
        var (a, b, e) = await ScenarioAsync();
        var task = await (await a.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09",
            EventPlanScenario.Raci("Responsible", "User", a.MemberId)))).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/tasks/{task.Id()}";
        var stamp = task.GetProperty("concurrencyStamp").GetString();

        (await b.Admin.GetAsync($"/api/events/{e.Id()}/tasks")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Hijack", "2026-03-08", "2026-03-09"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync(url, new { name = "Hijacked", startDate = "2026-03-08", endDate = "2026-03-09", concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync(url + "/progress", new { progressPercent = 99, concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await b.CreateEventAsync(MarketingEventStatus.InExecution);
        (await b.Admin.GetAsync($"/api/events/{own.Id()}/tasks/{task.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{own.Id()}/tasks")).ShouldBeEmpty();

        var kept = await a.Admin.GetJsonAsync<JsonElement>(url);
        kept.GetProperty("name").GetString().ShouldBe("Stage");
        kept.GetProperty("progressPercent").GetInt32().ShouldBe(0);
        kept.GetProperty("raci").EnumerateArray().Single().GetProperty("partyId").GetGuid().ShouldBe(a.MemberId);
    }

    [Fact]
    public async Task Another_company_cannot_list_change_or_delete_EventMilestone_rows()
    {
        var (a, b, e) = await ScenarioAsync();
        var milestone = await (await a.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Rehearsal", date = EventExecutionScenario.Start, isKeyDate = true }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/milestones/{milestone.Id()}";

        (await b.Admin.GetAsync($"/api/events/{e.Id()}/milestones")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Hijack", date = EventExecutionScenario.Start })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync(url, new { name = "Hijacked", date = EventExecutionScenario.Start, concurrencyStamp = milestone.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await a.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/milestones")).ShouldHaveSingleItem().GetProperty("name").GetString().ShouldBe("Rehearsal");
    }

    [Fact]
    public async Task Another_company_cannot_list_change_or_delete_EventRisk_rows()
    {
        var (a, b, e) = await ScenarioAsync();
        var risk = await (await a.Admin.PostAsync($"/api/events/{e.Id()}/risks", new { description = "Rain", likelihood = "Low", impact = "High", ownerUserId = a.MemberId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/risks/{risk.Id()}";

        (await b.Admin.GetAsync($"/api/events/{e.Id()}/risks")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"/api/events/{e.Id()}/risks", new { description = "Hijack", ownerUserId = b.MemberId })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync(url, new { description = "Hijacked", ownerUserId = b.MemberId, concurrencyStamp = risk.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await a.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/risks")).ShouldHaveSingleItem().GetProperty("description").GetString().ShouldBe("Rain");
    }

    private async Task<(EventPlanScenario A, EventPlanScenario B, JsonElement Event)> ScenarioAsync()
    {
        var a = await EventPlanScenario.CreateAsync(fixture);
        var e = await a.CreateEventAsync(MarketingEventStatus.InExecution);
        var b = await EventPlanScenario.CreateAsync(fixture);
        return (a, b, e);
    }
}

public sealed class EventPlanIsolationTestsOnSqlite(SqliteApiFixture fixture) : EventPlanIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventPlanIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventPlanIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
