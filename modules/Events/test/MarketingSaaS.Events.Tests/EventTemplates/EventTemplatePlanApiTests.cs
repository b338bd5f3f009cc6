using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.Events.Tests.Plans;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.EventTemplates;

/// <summary>
/// A template carries the source event's plan relative to its start (source: 2026-03-10 09:00 Shanghai = 01:00 UTC)
/// and lays it out again for a new event: tasks by company-calendar days, milestones by their exact distance.
/// </summary>
public abstract class EventTemplatePlanApiTests(ApiFixture fixture)
{
    /// <summary>2026-04-09 02:00 in Shanghai, still 2026-04-08 in UTC: task days count from the company's date, not the UTC one.</summary>
    private static readonly DateTimeOffset NewStart = new(2026, 4, 8, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_template_lists_the_plan_relative_to_the_start_and_a_new_event_gets_it_shifted_with_RACI_and_risks()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var source = await CreateSourceWithPlanAsync(s);

        var template = await (await s.Admin.PostAsync("/api/events/templates", new { marketingEventId = source, name = "Salon with plan" })).ReadJsonAsync(HttpStatusCode.Created);
        var created = await (await s.Admin.PostAsync($"/api/events/templates/{template.Id()}/events", new { name = "Next salon", startTime = NewStart, endTime = NewStart.AddHours(4) }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var tasks = await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{created.Id()}/tasks");
        var milestones = await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{created.Id()}/milestones");
        var risks = await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{created.Id()}/risks");

        template.GetProperty("tasks").EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("startDayOffset").GetInt32(), t.GetProperty("endDayOffset").GetInt32()))
            .ShouldBe([("Book venue", -10, -3), ("Tear down", 0, 1)]);
        Raci(template.GetProperty("tasks")[0]).ShouldBe([("Responsible", "Position", s.CrewPositionId, "Stage crew"), ("Consulted", "User", s.MemberId, "Name of member")]);
        template.GetProperty("tasks")[1].GetProperty("raci").GetArrayLength().ShouldBe(0);
        template.GetProperty("milestones").EnumerateArray()
            .Select(m => (m.GetProperty("name").GetString(), m.GetProperty("offsetSeconds").GetInt64(), m.GetProperty("dayOffset").GetInt32(), m.GetProperty("isKeyDate").GetBoolean()))
            .ShouldBe([("Invitations out", -((18 * 24) - 1) * 3600L, -18, false), ("Dress rehearsal", -15 * 3600L, -1, true)]);
        var templateRisk = template.GetProperty("risks").EnumerateArray().ShouldHaveSingleItem();
        (templateRisk.GetProperty("description").GetString(), templateRisk.GetProperty("likelihood").GetString(), templateRisk.GetProperty("impact").GetString(), templateRisk.GetProperty("contingencyPlan").GetString())
            .ShouldBe(("Rain on the open-air stage", "High", "Medium", "Move indoors to hall B"));
        templateRisk.TryGetProperty("ownerUserId", out _).ShouldBeFalse();

        tasks.Select(t => (t.GetProperty("name").GetString(), t.GetProperty("startDate").GetString(), t.GetProperty("endDate").GetString(), t.GetProperty("progressPercent").GetInt32()))
            .ShouldBe([("Book venue", "2026-03-30", "2026-04-06", 0), ("Tear down", "2026-04-09", "2026-04-10", 0)]);
        Raci(tasks[0]).ShouldBe([("Responsible", "Position", s.CrewPositionId, "Stage crew"), ("Consulted", "User", s.MemberId, "Name of member")]);
        milestones.Select(m => (m.GetProperty("name").GetString(), m.GetProperty("date").GetDateTimeOffset(), m.GetProperty("isKeyDate").GetBoolean()))
            .ShouldBe([
                ("Invitations out", new DateTimeOffset(2026, 3, 21, 19, 0, 0, TimeSpan.Zero), false),
                ("Dress rehearsal", new DateTimeOffset(2026, 4, 8, 3, 0, 0, TimeSpan.Zero), true),
            ]);
        var risk = risks.ShouldHaveSingleItem();
        (risk.GetProperty("description").GetString(), risk.GetProperty("likelihood").GetString(), risk.GetProperty("impact").GetString(), risk.GetProperty("contingencyPlan").GetString())
            .ShouldBe(("Rain on the open-air stage", "High", "Medium", "Move indoors to hall B"));
        risk.GetProperty("ownerUserId").GetGuid().ShouldBe(s.Events.AdminId);
        risk.GetProperty("status").GetString().ShouldBe("Open");
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{source}/tasks")).Length.ShouldBe(2);
    }

    [Fact]
    public async Task The_user_who_starts_the_event_owns_its_risks_and_the_template_keeps_its_plan_when_the_source_changes()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var source = await CreateSourceWithPlanAsync(s);
        var template = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source, name = "T" });
        await s.Events.ForceStatusAsync(source, MarketingEventStatus.Draft);
        var sourceTasks = await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{source}/tasks");
        (await s.Admin.DeleteAsync($"/api/events/{source}/tasks/{sourceTasks[0].Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var staff = await EventTemplateApiTests.StaffAsync(s.Session, "starter");
        var staffId = (await staff.GetJsonAsync<JsonElement>("/api/account/me")).Id();

        var created = await (await staff.PostAsync($"/api/events/templates/{template.Id()}/events", new { name = "By staff", startTime = NewStart, endTime = NewStart.AddHours(1), ownerUnitId = s.Events.UnitId }))
            .ReadJsonAsync(HttpStatusCode.Created);

        (await s.Admin.GetJsonAsync<JsonElement>($"/api/events/templates/{template.Id()}")).GetProperty("tasks").GetArrayLength().ShouldBe(2);
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{created.Id()}/tasks")).Length.ShouldBe(2);
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{created.Id()}/risks")).ShouldHaveSingleItem().GetProperty("ownerUserId").GetGuid().ShouldBe(staffId);
    }

    [Fact]
    public async Task RACI_parties_that_no_longer_exist_are_dropped_when_the_template_is_used_not_refused()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var source = await CreateSourceWithPlanAsync(s, extraRaci: EventPlanScenario.Raci("Informed", "User", s.OtherId));
        var template = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source, name = "T" });
        (await s.Admin.DeleteAsync($"/api/org/positions/{s.CrewPositionId}")).EnsureSuccessStatusCode();
        (await s.Admin.DeleteAsync($"/api/identity/users/{s.OtherId}")).EnsureSuccessStatusCode();

        var shown = await s.Admin.GetJsonAsync<JsonElement>($"/api/events/templates/{template.Id()}");
        var created = await (await s.Admin.PostAsync($"/api/events/templates/{template.Id()}/events", new { name = "Later", startTime = NewStart, endTime = NewStart.AddHours(1) }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var tasks = await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{created.Id()}/tasks");

        Raci(shown.GetProperty("tasks")[0]).ShouldBe([
            ("Responsible", "Position", s.CrewPositionId, null), ("Consulted", "User", s.MemberId, "Name of member"), ("Informed", "User", s.OtherId, null),
        ]);
        Raci(tasks[0]).ShouldBe([("Consulted", "User", s.MemberId, "Name of member")]);
    }

    [Fact]
    public async Task A_template_without_a_plan_has_empty_lists_and_bad_input_with_a_plan_stays_4xx_without_leftovers()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var bare = await EventTemplateApiTests.CreateFinishedEventAsync(s.Events, MarketingEventStatus.Completed);
        var empty = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = bare.Id(), name = "Bare" });
        var template = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = await CreateSourceWithPlanAsync(s), name = "Planned" });
        var url = $"/api/events/templates/{template.Id()}/events";

        await (await s.Admin.PostAsync(url, new { name = "x", startTime = NewStart, endTime = NewStart.AddHours(-1) })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Admin.PostAsync(url, new { name = "x", startTime = NewStart, endTime = NewStart.AddHours(1), ownerUnitId = Guid.NewGuid() })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Admin.PostAsync(url, new { name = "x", startTime = "soon" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var renamed = await (await s.Admin.PutAsync($"/api/events/templates/{template.Id()}", new { name = "Renamed", concurrencyStamp = template.GetProperty("concurrencyStamp").GetString() }))
            .ReadJsonAsync(HttpStatusCode.OK);

        foreach (var list in new[] { "tasks", "milestones", "risks" })
        {
            empty.GetProperty(list).GetArrayLength().ShouldBe(0, list);
        }

        (renamed.GetProperty("tasks").GetArrayLength(), renamed.GetProperty("milestones").GetArrayLength(), renamed.GetProperty("risks").GetArrayLength()).ShouldBe((2, 2, 1));
        var listed = (await s.Admin.GetJsonAsync<JsonElement>("/api/events/templates")).GetProperty("items").EnumerateArray().ToList();
        listed.Select(t => (t.GetProperty("name").GetString(), t.GetProperty("tasks").GetArrayLength())).ShouldBe([("Bare", 0), ("Renamed", 2)]);
        Raci(listed[1].GetProperty("tasks")[0]).Length.ShouldBe(2);
        (await s.Admin.GetJsonAsync<JsonElement>("/api/events")).GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    /// <summary>
    /// A completed event with two tasks (one with RACI: the crew position Responsible, the member Consulted), a key
    /// milestone the evening before (18:00 Shanghai), an earlier plain milestone and a mitigated risk owned by the member.
    /// </summary>
    internal static async Task<Guid> CreateSourceWithPlanAsync(EventPlanScenario s, object? extraRaci = null)
    {
        var e = (await s.CreateEventAsync(MarketingEventStatus.Draft)).Id();
        object[] raci = [EventPlanScenario.Raci("Responsible", "Position", s.CrewPositionId), EventPlanScenario.Raci("Consulted", "User", s.MemberId)];
        await (await s.Admin.PostAsync($"/api/events/{e}/tasks", EventPlanScenario.Task("Tear down", "2026-03-10", "2026-03-11"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync($"/api/events/{e}/tasks", EventPlanScenario.Task("Book venue", "2026-02-28", "2026-03-07", extraRaci is null ? raci : [.. raci, extraRaci])))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync($"/api/events/{e}/milestones", new { name = "Dress rehearsal", date = "2026-03-09T18:00:00+08:00", isKeyDate = true })).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync($"/api/events/{e}/milestones", new { name = "Invitations out", date = "2026-02-20T02:00:00Z", isKeyDate = false })).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync($"/api/events/{e}/risks", new
        {
            description = "Rain on the open-air stage", likelihood = "High", impact = "Medium", contingencyPlan = "Move indoors to hall B", ownerUserId = s.MemberId, status = "Mitigated",
        })).ReadJsonAsync(HttpStatusCode.Created);
        await s.Events.ForceStatusAsync(e, MarketingEventStatus.Completed);
        return e;
    }

    private static (string?, string?, Guid, string?)[] Raci(JsonElement task) =>
        [.. task.GetProperty("raci").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("partyId").GetGuid(), r.GetProperty("name").GetString()))];
}

public sealed class EventTemplatePlanApiTestsOnSqlite(SqliteApiFixture fixture) : EventTemplatePlanApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventTemplatePlanApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventTemplatePlanApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
