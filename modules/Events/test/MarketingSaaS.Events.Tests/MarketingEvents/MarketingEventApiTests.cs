using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.MarketingEvents;

public abstract class MarketingEventApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_event_is_created_with_its_canvas_and_budget_lines_and_read_back()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var unitId = await session.CreateUnitAsync();

        var response = await session.Admin.PostAsync("/api/events", MarketingEventRequests.Create(unitId, "  Spring salon  ", budget: 12_345.50m));
        var created = await response.ReadAsAsync<JsonElement>();
        var read = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{created.Id()}");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/events/{created.Id()}");
        read.GetProperty("name").GetString().ShouldBe("Spring salon");
        read.GetProperty("status").GetString().ShouldBe("Draft");
        read.GetProperty("type").GetString().ShouldBe("OfflineSalon");
        read.GetProperty("ownerUnitId").GetGuid().ShouldBe(unitId);
        read.GetProperty("startTime").GetDateTimeOffset().ShouldBe(MarketingEventRequests.Start);
        read.GetProperty("valueCanvas").GetProperty("whyCome").GetString().ShouldBe("See the line run");
        read.GetProperty("budgetLines").EnumerateArray().Select(l => (l.GetProperty("category").GetString(), l.GetProperty("amount").GetDecimal()))
            .ShouldBe([("Venue", 7_407.30m), ("Materials", 4_938.20m)]);
        read.GetProperty("totalBudget").GetDecimal().ShouldBe(12_345.50m);
    }

    [Fact]
    public async Task The_list_pages_and_filters_by_name_status_and_type()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var unitId = await session.CreateUnitAsync();
        foreach (var (name, type) in new[] { ("Salon A", "OfflineSalon"), ("Stream B", "OnlineLiveStream"), ("Salon C", "OfflineSalon") })
        {
            await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(unitId, name, type));
        }

        var page = await session.Admin.GetJsonAsync<JsonElement>("/api/events?skipCount=1&maxResultCount=1");
        var salons = await session.Admin.GetJsonAsync<JsonElement>("/api/events?type=OfflineSalon");
        var byName = await session.Admin.GetJsonAsync<JsonElement>("/api/events?filter=Stream");
        var approved = await session.Admin.GetJsonAsync<JsonElement>("/api/events?status=Approved");

        page.GetProperty("totalCount").GetInt64().ShouldBe(3);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        Names(salons).ShouldBe(["Salon C", "Salon A"], ignoreOrder: true);
        Names(byName).ShouldBe(["Stream B"]);
        approved.GetProperty("totalCount").GetInt64().ShouldBe(0);
        await (await session.Admin.GetAsync("/api/events?maxResultCount=1001")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Framework:ValidationFailed");
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var unitId = await session.CreateUnitAsync();
        var start = MarketingEventRequests.Start;

        var missing = await (await session.Admin.PostAsync("/api/events", new { type = "OfflineSalon", place = "Here" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var schedule = await (await session.Admin.PostAsync("/api/events", new { name = "x", startTime = start, endTime = start, place = "Here", ownerUnitId = unitId })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var noPlace = await (await session.Admin.PostAsync("/api/events", new { name = "x", type = "OnlineLiveStream", startTime = start, endTime = start.AddHours(1), ownerUnitId = unitId })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badLink = await (await session.Admin.PostAsync("/api/events", new { name = "x", startTime = start, endTime = start.AddHours(1), onlineLink = "javascript:alert(1)", ownerUnitId = unitId })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var unknownUnit = await (await session.Admin.PostAsync("/api/events", MarketingEventRequests.Create(Guid.NewGuid()))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var lines = await (await session.Admin.PostAsync("/api/events", new
        {
            name = "x", startTime = start, endTime = start.AddHours(1), place = "Here", ownerUnitId = unitId,
            budgetLines = new[] { new { category = "Venue", amount = 1.005m, currency = "CNY" }, new { category = "Food", amount = 10m, currency = "USD" }, new { category = "", amount = -1m, currency = "CNY" } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var canvas = await (await session.Admin.PostAsync("/api/events", new
        {
            name = "x", startTime = start, endTime = start.AddHours(1), place = "Here", ownerUnitId = unitId, valueCanvas = new { whyCome = new string('w', 2001) },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Fields(missing).ShouldBe(["endTime", "name", "ownerUnitId", "startTime"], ignoreOrder: true);
        Fields(schedule).ShouldBe(["endTime"]);
        Fields(noPlace).ShouldBe(["onlineLink"]);
        Fields(badLink).ShouldBe(["onlineLink"]);
        Fields(unknownUnit).ShouldBe(["ownerUnitId"]);
        Fields(lines).ShouldBe(["budgetLines[0].amount", "budgetLines[2].category"], ignoreOrder: true);
        Fields(canvas).ShouldBe(["valueCanvas.whyCome"]);
        var currencies = await (await session.Admin.PostAsync("/api/events", new
        {
            name = "x", startTime = start, endTime = start.AddHours(1), place = "Here", ownerUnitId = unitId,
            budgetLines = new[] { new { category = "Venue", amount = 1.5m, currency = "CNY" }, new { category = "Food", amount = 10m, currency = "USD" } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Fields(currencies).ShouldBe(["budgetLines[1].currency"]);
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_answers_409()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var unitId = await session.CreateUnitAsync();
        var created = await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(unitId));
        var stale = created.GetProperty("concurrencyStamp").GetString();

        (await session.Admin.PutAsync($"/api/events/{created.Id()}", UpdateBody(unitId, "First", stale))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await session.Admin.PutAsync($"/api/events/{created.Id()}", UpdateBody(unitId, "Second", stale));
        var staleAction = await session.Admin.PostAsync($"/api/events/{created.Id()}/submit", new { concurrencyStamp = stale });

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Framework:ConcurrencyConflict");
        await staleAction.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Framework:ConcurrencyConflict");
        (await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{created.Id()}")).GetProperty("name").GetString().ShouldBe("First");
    }

    [Fact]
    public async Task Submitted_events_cannot_be_edited_or_deleted_and_drafts_can_be_deleted()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var draft = (await s.CreateEventAsync(0m)).Id();
        var submitted = await s.SubmitAsync((await s.CreateEventAsync(0m)).Id());

        await (await s.Admin.PutAsync($"/api/events/{submitted.Id()}", UpdateBody(s.MarketingUnitId, "Changed", submitted.GetProperty("concurrencyStamp").GetString())))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotEditable");
        await (await s.Admin.DeleteAsync($"/api/events/{submitted.Id()}")).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotEditable");
        (await s.Admin.DeleteAsync($"/api/events/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await s.Admin.GetAsync($"/api/events/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_event_completes_only_after_its_end_and_closes_with_its_costs_recorded_in_the_budget_and_a_review()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var created = await s.CreateEventAsync(1_000m, start: fixture.Factory.Clock.GetUtcNow());
        var id = created.Id();
        await s.ApproveAllAsync((await s.SubmitAsync(id)).GetProperty("approvalRequestId").GetGuid());
        await (await s.Admin.PostAsync($"/api/events/{id}/close", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotCompleted");
        await (await s.Admin.PostAsync($"/api/events/{id}/complete", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotInExecution");
        (await s.Admin.PostAsync($"/api/events/{id}/start", new { })).EnsureSuccessStatusCode();

        var early = await s.Admin.PostAsync($"/api/events/{id}/complete", new { });
        fixture.Factory.Clock.Advance(TimeSpan.FromHours(4)); // the event's end; sign in again (tokens last an hour)
        var admin = await s.Session.SignInAsync("admin", MarketingSaaS.TestBase.TestAccounts.AdminPassword);
        var completed = await admin.PostJsonAsync<JsonElement>($"/api/events/{id}/complete", new { });
        await (await admin.PostAsync($"/api/events/{id}/close", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NoActualCosts");
        var budgetLineId = created.GetProperty("budgetLines")[0].Id();
        (await admin.PostAsync($"/api/events/{id}/expenses", new { budgetLineId, amount = 400.25m, currency = "CNY", spentOn = fixture.Factory.Clock.GetUtcNow(), note = "venue invoice" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/events/{id}/close", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NoReview");
        (await admin.PutAsync($"/api/events/{id}/review", new { goalAttainment = "Met", resourceEfficiency = "Fine", feedback = "Good", improvements = Array.Empty<object>() }))
            .EnsureSuccessStatusCode();
        var closed = await admin.PostJsonAsync<JsonElement>($"/api/events/{id}/close", new { });
        var budget = await admin.GetJsonAsync<JsonElement>($"/api/budgets/{s.BudgetId}/figures");

        await early.ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotEnded");
        completed.GetProperty("status").GetString().ShouldBe("Completed");
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        budget.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "PromotionEvents")
            .GetProperty("total").GetProperty("actual").GetDecimal().ShouldBe(400.25m);
        await (await admin.PutAsync($"/api/events/{id}/budget", new { budgetLines = MarketingEventRequests.Lines(5m), concurrencyStamp = closed.GetProperty("concurrencyStamp").GetString() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Events:BudgetNotChangeable");
    }

    [Fact]
    public async Task Staff_without_events_permissions_get_403()
    {
        var session = await fixture.SignUpWithEventsAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/identity/users", new
        {
            userName = "plain", name = "Plain", email = $"plain@{session.Slug}.test", password = MarketingSaaS.TestBase.TestAccounts.UserPassword,
            roleNames = Array.Empty<string>(), isActive = true,
        });
        var plain = await session.SignInAsync("plain", MarketingSaaS.TestBase.TestAccounts.UserPassword);

        await (await plain.GetAsync("/api/events")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await (await plain.PostAsync("/api/events", MarketingEventRequests.Create(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
    }

    internal static object UpdateBody(Guid unitId, string name, string? stamp) => new
    {
        name,
        type = "OfflineSalon",
        startTime = MarketingEventRequests.Start,
        endTime = MarketingEventRequests.Start.AddHours(4),
        place = "Shanghai",
        ownerUnitId = unitId,
        concurrencyStamp = stamp,
    };

    private static string[] Names(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    private static string[] Fields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}

public sealed class MarketingEventApiTestsOnSqlite(SqliteApiFixture fixture) : MarketingEventApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MarketingEventApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MarketingEventApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
