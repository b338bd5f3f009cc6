using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Plans;

/// <summary>Plan tasks whose Responsible is a person (directly or by position) reach that person's "My tasks".</summary>
public abstract class EventTaskMyTasksTests(ApiFixture fixture)
{
    [Fact]
    public async Task My_tasks_list_plan_tasks_I_am_responsible_for_overdue_first_with_a_link_to_the_event()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var url = $"/api/events/{e.Id()}/tasks";
        await (await s.Admin.PostAsync(url, EventPlanScenario.Task("Build stage", "2026-03-08", "2026-03-09", EventPlanScenario.Raci("Responsible", "Position", s.CrewPositionId))))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync(url, EventPlanScenario.Task("Book venue", "2026-03-01", "2026-03-02", EventPlanScenario.Raci("Responsible", "User", s.MemberId))))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync(url, EventPlanScenario.Task("Print badges", "2026-03-01", "2026-03-01", EventPlanScenario.Raci("Responsible", "User", s.OtherId))))
            .ReadJsonAsync(HttpStatusCode.Created);
        fixture.Factory.Clock.Set(new DateTimeOffset(2026, 3, 4, 2, 0, 0, TimeSpan.Zero));
        var member = await s.SignInAsync("member");

        var mine = await member.GetJsonAsync<JsonElement[]>("/api/my-tasks");

        mine.Select(t => (t.GetProperty("title").GetString(), t.GetProperty("source").GetString(), t.GetProperty("dueDate").GetString(), t.GetProperty("isOverdue").GetBoolean(), t.GetProperty("link").GetString(), t.GetProperty("context").GetString()))
            .ShouldBe(
            [
                ("Book venue", "Events", "2026-03-02", true, $"/events/{e.Id()}", "Spring salon"),
                ("Build stage", "Events", "2026-03-09", false, $"/events/{e.Id()}", "Spring salon"),
            ]);
    }

    [Fact]
    public async Task Another_company_sees_none_of_the_plan_tasks()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var other = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Book venue", "2026-03-01", "2026-03-02", EventPlanScenario.Raci("Responsible", "User", s.Events.AdminId))))
            .ReadJsonAsync(HttpStatusCode.Created);

        (await other.Admin.GetJsonAsync<JsonElement[]>("/api/my-tasks")).ShouldBeEmpty();
    }
}

public sealed class EventTaskMyTasksTestsOnSqlite(SqliteApiFixture fixture) : EventTaskMyTasksTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventTaskMyTasksTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventTaskMyTasksTests(fixture), IClassFixture<PostgreSqlApiFixture>;
