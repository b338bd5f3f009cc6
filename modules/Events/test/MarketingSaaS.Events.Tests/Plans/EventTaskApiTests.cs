using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Plans;

/// <summary>Plan tasks: order, RACI names and checks, field errors, stale stamps, locked states, and who may report progress.</summary>
public abstract class EventTaskApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Tasks_are_listed_by_start_date_with_their_RACI_parties_named()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var url = $"/api/events/{e.Id()}/tasks";

        var late = await (await s.Admin.PostAsync(url, EventPlanScenario.Task(
            "  Build stage  ", "2026-03-08", "2026-03-09",
            EventPlanScenario.Raci("Responsible", "Position", s.CrewPositionId),
            EventPlanScenario.Raci("Accountable", "User", s.Events.AdminId),
            EventPlanScenario.Raci("Consulted", "User", s.OtherId),
            EventPlanScenario.Raci("Informed", "User", s.MemberId),
            EventPlanScenario.Raci("Informed", "User", s.OtherId)))).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync(url, EventPlanScenario.Task("Book venue", "2026-03-01", "2026-03-01"))).ReadJsonAsync(HttpStatusCode.Created);
        var list = await s.Admin.GetJsonAsync<JsonElement[]>(url);

        list.Select(t => t.GetProperty("name").GetString()).ShouldBe(["Book venue", "Build stage"]);
        late.GetProperty("progressPercent").GetInt32().ShouldBe(0);
        var raci = list[1].GetProperty("raci").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("name").GetString())).ToList();
        raci.ShouldBe([("Responsible", "Stage crew"), ("Accountable", raci[1].Item2), ("Consulted", "Name of other"), ("Informed", "Name of member"), ("Informed", "Name of other")]);
        raci[1].Item2.ShouldNotBeNullOrEmpty();
        (await s.Admin.GetJsonAsync<JsonElement>($"{url}/{late.Id()}")).GetProperty("endDate").GetString().ShouldBe("2026-03-09");
    }

    [Fact]
    public async Task Bad_input_answers_400_with_the_field()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var stranger = await EventExecutionScenario.CreateAsync(fixture);
        var url = $"/api/events/{e.Id()}/tasks";

        var cases = new (object Body, string Field)[]
        {
            (EventPlanScenario.Task("Stage", "2026-03-09", "2026-03-08"), "endDate"),
            (EventPlanScenario.Task("", "2026-03-08", "2026-03-09"), "name"),
            (new { name = "Stage", endDate = "2026-03-09" }, "startDate"),
            (EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09", EventPlanScenario.Raci("Responsible", "User", s.MemberId), EventPlanScenario.Raci("Responsible", "User", s.OtherId)), "raci"),
            (EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09", EventPlanScenario.Raci("Informed", "User", s.MemberId), EventPlanScenario.Raci("Consulted", "User", Guid.NewGuid())), "raci[1].partyId"),
            (EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09", EventPlanScenario.Raci("Accountable", "User", stranger.AdminId)), "raci[0].partyId"),
            (EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09", EventPlanScenario.Raci("Responsible", "Position", s.MemberId)), "raci[0].partyId"),
            (EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09", new { role = "Responsible", kind = "User" }), "raci[0].partyId"),
        };

        foreach (var (body, field) in cases)
        {
            var problem = await (await s.Admin.PostAsync(url, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe([field], $"body {JsonSerializer.Serialize(body)}");
        }

        (await s.Admin.GetJsonAsync<JsonElement[]>(url)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stale_stamp_answers_409_and_keeps_the_newer_task()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var task = await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09"))).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/tasks/{task.Id()}";
        var stamp = task.GetProperty("concurrencyStamp").GetString();

        await (await s.Admin.PutAsync(url, new { name = "Stage v2", startDate = "2026-03-07", endDate = "2026-03-09", concurrencyStamp = stamp })).ReadJsonAsync(HttpStatusCode.OK);
        var stale = await s.Admin.PutAsync(url, new { name = "Stage v3", startDate = "2026-03-07", endDate = "2026-03-09", concurrencyStamp = stamp });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await s.Admin.GetJsonAsync<JsonElement>(url)).GetProperty("name").GetString().ShouldBe("Stage v2");
    }

    [Theory]
    [InlineData(MarketingEventStatus.PendingApproval)]
    [InlineData(MarketingEventStatus.Completed)]
    [InlineData(MarketingEventStatus.Closed)]
    public async Task The_plan_is_locked_while_approvers_look_at_it_and_after_the_event(MarketingEventStatus status)
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var task = await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09"))).ReadJsonAsync(HttpStatusCode.Created);
        await s.Events.ForceStatusAsync(e.Id(), status);
        s.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var create = await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Late", "2026-03-08", "2026-03-09"))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await s.Admin.DeleteAsync($"/api/events/{e.Id()}/tasks/{task.Id()}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Events:PlanLocked");
        await (await s.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Dress rehearsal", date = EventExecutionScenario.Start }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Events:PlanLocked");

        create.GetProperty("code").GetString().ShouldBe("Events:PlanLocked");
        create.GetProperty("title").GetString().ShouldBe($"The plan cannot be changed while the event is {status}.");
    }

    [Fact]
    public async Task The_rule_message_is_in_the_callers_language()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var task = await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-09"))).ReadJsonAsync(HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{e.Id()}/tasks/{task.Id()}/progress")
        {
            Content = JsonContent.Create(new { progressPercent = 10, concurrencyStamp = task.GetProperty("concurrencyStamp").GetString() }),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var problem = await (await s.Admin.Http.SendAsync(request)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("code").GetString().ShouldBe("Events:ProgressNotOpen");
        problem.GetProperty("title").GetString().ShouldBe("活动获批或执行中才能填报进度（当前为 Draft）。");
    }

    [Fact]
    public async Task Progress_is_reported_by_the_Responsible_or_a_manager_only()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        var url = $"/api/events/{e.Id()}/tasks";
        var byUser = await (await s.Admin.PostAsync(url, EventPlanScenario.Task("Print badges", "2026-03-02", "2026-03-03",
            EventPlanScenario.Raci("Responsible", "User", s.OtherId),
            EventPlanScenario.Raci("Informed", "User", s.MemberId)))).ReadJsonAsync(HttpStatusCode.Created);
        var byPosition = await (await s.Admin.PostAsync(url, EventPlanScenario.Task("Build stage", "2026-03-08", "2026-03-09",
            EventPlanScenario.Raci("Responsible", "Position", s.CrewPositionId)))).ReadJsonAsync(HttpStatusCode.Created);
        var member = await s.SignInAsync("member");
        var other = await s.SignInAsync("other");

        var notTheirs = await member.PutAsync($"{url}/{byUser.Id()}/progress", Progress(50, byUser));
        var own = await (await other.PutAsync($"{url}/{byUser.Id()}/progress", Progress(40, byUser))).ReadJsonAsync(HttpStatusCode.OK);
        var asHolder = await (await member.PutAsync($"{url}/{byPosition.Id()}/progress", Progress(70, byPosition))).ReadJsonAsync(HttpStatusCode.OK);
        var notHolder = await other.PutAsync($"{url}/{byPosition.Id()}/progress", Progress(90, asHolder));
        var tooMuch = await s.Admin.PutAsync($"{url}/{byPosition.Id()}/progress", Progress(101, asHolder));
        var byManager = await (await s.Admin.PutAsync($"{url}/{byPosition.Id()}/progress", Progress(100, asHolder))).ReadJsonAsync(HttpStatusCode.OK);
        var editByReader = await member.PostAsync(url, EventPlanScenario.Task("Sneaky", "2026-03-08", "2026-03-09"));

        await notTheirs.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Events:NotResponsible");
        own.GetProperty("progressPercent").GetInt32().ShouldBe(40);
        asHolder.GetProperty("progressPercent").GetInt32().ShouldBe(70);
        await notHolder.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Events:NotResponsible");
        (await tooMuch.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["progressPercent"]);
        byManager.GetProperty("progressPercent").GetInt32().ShouldBe(100);
        editByReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s.Admin.GetJsonAsync<JsonElement[]>(url)).Select(t => t.GetProperty("progressPercent").GetInt32()).ShouldBe([40, 100]);
    }

    private static object Progress(int percent, JsonElement task) => new { progressPercent = percent, concurrencyStamp = task.GetProperty("concurrencyStamp").GetString() };
}

public sealed class EventTaskApiTestsOnSqlite(SqliteApiFixture fixture) : EventTaskApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventTaskApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventTaskApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
