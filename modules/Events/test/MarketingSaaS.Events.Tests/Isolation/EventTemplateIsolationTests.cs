using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.EventTemplates;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Isolation;

/// <summary>EventTemplate (and its EventTemplateBudgetLine rows): another company cannot list, read, rename, delete or use them, nor save its events as templates.</summary>
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
}

public sealed class EventTemplateIsolationTestsOnSqlite(SqliteApiFixture fixture) : EventTemplateIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventTemplateIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventTemplateIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
