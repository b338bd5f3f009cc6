using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.EntityFrameworkCore;
using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.EventTemplates;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.Events.Tests.Plans;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Isolation;

/// <summary>
/// EventTemplate (and its EventTemplateBudgetLine, EventTemplateTask, EventTemplateTaskAssignment, EventTemplateMilestone and
/// EventTemplateRisk rows): another company cannot list, read, rename, delete or use them, nor save its events as templates.
/// </summary>
public abstract class EventTemplateIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_see_use_or_touch_an_EventTemplate()
    {
        var a = await EventExecutionScenario.CreateAsync(fixture);
        var b = await EventExecutionScenario.CreateAsync(fixture);
        var source = await EventTemplateApiTests.CreateFinishedEventAsync(a, MarketingEventStatus.Completed);
        var template = await a.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source.Id(), name = "A's template" });
        var url = $"/api/events/templates/{template.Id()}";
        var start = new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);

        (await b.Admin.GetJsonAsync<JsonElement>("/api/events/templates")).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await b.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync(url, new { name = "Taken", concurrencyStamp = template.GetProperty("concurrencyStamp").GetString() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"{url}/events", new { name = "Copy", startTime = start, endTime = start.AddHours(1), ownerUnitId = b.UnitId })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync("/api/events/templates", new { marketingEventId = source.Id(), name = "Stolen" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await b.Admin.GetJsonAsync<JsonElement>("/api/events")).GetProperty("totalCount").GetInt64().ShouldBe(0);
        var still = await a.Admin.GetJsonAsync<JsonElement>(url);
        still.GetProperty("name").GetString().ShouldBe("A's template");
        still.GetProperty("budgetLines").GetArrayLength().ShouldBe(2);
        (await a.Admin.GetJsonAsync<JsonElement>("/api/events/templates")).GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Another_company_sees_none_of_a_templates_plan_items_nor_gets_them_in_its_own_events()
    {
        var a = await EventPlanScenario.CreateAsync(fixture);
        var b = await EventExecutionScenario.CreateAsync(fixture);
        var planned = await a.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new
        {
            marketingEventId = await EventTemplatePlanApiTests.CreateSourceWithPlanAsync(a), name = "A's planned template",
        });
        var bSource = await EventTemplateApiTests.CreateFinishedEventAsync(b, MarketingEventStatus.Completed);
        var bTemplate = await b.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = bSource.Id(), name = "B's template" });
        var start = new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);

        var bCreated = await b.Admin.PostJsonAsync<JsonElement>($"/api/events/templates/{bTemplate.Id()}/events", new { name = "B's event", startTime = start, endTime = start.AddHours(1) });

        (await b.Admin.GetAsync($"/api/events/templates/{planned.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var bListed = (await b.Admin.GetJsonAsync<JsonElement>("/api/events/templates")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        foreach (var list in new[] { "tasks", "milestones", "risks" })
        {
            bListed.GetProperty(list).GetArrayLength().ShouldBe(0, list);
            (await b.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{bCreated.Id()}/{list}")).ShouldBeEmpty(list);
        }

        (await PlanRowsSeenByAsync(b)).ShouldBe((0, 0, 0, 0));
        (await PlanRowsSeenByAsync(a.Events)).ShouldBe((2, 2, 2, 1));
    }

    [Fact]
    public async Task A_new_event_from_a_template_cannot_be_owned_by_another_companys_unit()
    {
        var a = await EventExecutionScenario.CreateAsync(fixture);
        var b = await EventExecutionScenario.CreateAsync(fixture);
        var source = await EventTemplateApiTests.CreateFinishedEventAsync(a, MarketingEventStatus.Closed);
        var template = await a.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source.Id(), name = "T" });
        var start = new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);

        var response = await a.Admin.PostAsync($"/api/events/templates/{template.Id()}/events", new { name = "x", startTime = start, endTime = start.AddHours(1), ownerUnitId = b.UnitId });

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("ownerUnitId", out _).ShouldBeTrue();
    }

    /// <summary>Template tasks, RACI entries, milestones and risks a company's own data context returns (the tenant filter, and on PostgreSQL row-level security, at work).</summary>
    private static async Task<(int Tasks, int Raci, int Milestones, int Risks)> PlanRowsSeenByAsync(EventExecutionScenario s)
    {
        using var scope = s.Fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(s.Session.TenantId))
        {
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<EventsDbContext>>().GetDbContextAsync();
            return (
                await context.Set<EventTemplateTask>().CountAsync(),
                await context.Set<EventTemplateTaskAssignment>().CountAsync(),
                await context.Set<EventTemplateMilestone>().CountAsync(),
                await context.Set<EventTemplateRisk>().CountAsync());
        }
    }
}

public sealed class EventTemplateIsolationTestsOnSqlite(SqliteApiFixture fixture) : EventTemplateIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventTemplateIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventTemplateIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
