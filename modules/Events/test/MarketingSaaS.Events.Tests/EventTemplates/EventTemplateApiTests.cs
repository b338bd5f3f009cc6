using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.EventTemplates;

/// <summary>SC-007: a finished event saved as a template; new draft events started from it.</summary>
public abstract class EventTemplateApiTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset NextStart = new(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_completed_event_is_saved_as_a_template_and_a_new_draft_starts_from_it_with_new_name_and_dates()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var source = await CreateFinishedEventAsync(s, MarketingEventStatus.Completed);

        var response = await s.Admin.PostAsync("/api/events/templates", new { marketingEventId = source.Id(), name = "  Salon template  ", description = "What worked in spring" });
        var template = await response.ReadJsonAsync(HttpStatusCode.Created);
        var created = await (await s.Admin.PostAsync($"/api/events/templates/{template.Id()}/events", new { name = "Autumn salon", startTime = NextStart, endTime = NextStart.AddHours(3) }))
            .ReadJsonAsync(HttpStatusCode.Created);

        response.Headers.Location!.ToString().ShouldBe($"/api/events/templates/{template.Id()}");
        template.GetProperty("name").GetString().ShouldBe("Salon template");
        template.GetProperty("sourceEventId").GetGuid().ShouldBe(source.Id());
        template.GetProperty("totalBudget").GetDecimal().ShouldBe(10_000m);
        created.GetProperty("status").GetString().ShouldBe("Draft");
        created.GetProperty("name").GetString().ShouldBe("Autumn salon");
        created.GetProperty("startTime").GetDateTimeOffset().ShouldBe(NextStart);
        created.GetProperty("endTime").GetDateTimeOffset().ShouldBe(NextStart.AddHours(3));
        created.GetProperty("approvalRequestId").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var field in new[] { "type", "isSpecial", "riskTier", "goal", "theme", "targetAudience", "place", "onlineLink", "ownerUnitId", "totalBudget" })
        {
            created.GetProperty(field).ToString().ShouldBe(source.GetProperty(field).ToString(), field);
        }

        created.GetProperty("valueCanvas").GetProperty("takeAway").GetString().ShouldBe("A checklist");
        Lines(created).ShouldBe([("Venue", 6_000m, "CNY"), ("Materials", 4_000m, "CNY")]);
        created.GetProperty("budgetLines")[0].Id().ShouldNotBe(source.GetProperty("budgetLines")[0].Id());
        (await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{created.Id()}")).GetProperty("name").GetString().ShouldBe("Autumn salon");
    }

    [Theory]
    [InlineData(MarketingEventStatus.Draft)]
    [InlineData(MarketingEventStatus.PendingApproval)]
    [InlineData(MarketingEventStatus.Approved)]
    [InlineData(MarketingEventStatus.InExecution)]
    [InlineData(MarketingEventStatus.Rejected)]
    public async Task An_unfinished_event_cannot_be_saved_as_a_template(MarketingEventStatus status)
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var source = await CreateFinishedEventAsync(s, status);

        var problem = await (await s.Admin.PostAsync("/api/events/templates", new { marketingEventId = source.Id(), name = "Too early" })).ReadProblemAsync((HttpStatusCode)422);

        problem.GetProperty("code").GetString().ShouldBe("Events:TemplateSourceNotFinished");
        (await s.Admin.GetJsonAsync<JsonElement>("/api/events/templates")).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task A_closed_event_can_be_saved_too_and_the_message_is_localized()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var closed = await CreateFinishedEventAsync(s, MarketingEventStatus.Closed);
        var draft = await CreateFinishedEventAsync(s, MarketingEventStatus.Draft);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/templates") { Content = JsonContent.Create(new { marketingEventId = draft.Id(), name = "x" }) };
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        await (await s.Admin.PostAsync("/api/events/templates", new { marketingEventId = closed.Id(), name = "From closed" })).ReadJsonAsync(HttpStatusCode.Created);
        var zh = await (await s.Admin.Http.SendAsync(request)).ReadProblemAsync((HttpStatusCode)422);

        zh.GetProperty("title").GetString().ShouldBe("只有已完成或已关闭的活动才能存为模板（当前状态：Draft）。");
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors_and_an_unknown_event_or_template_404()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var source = await CreateFinishedEventAsync(s, MarketingEventStatus.Completed);
        var template = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source.Id(), name = "T" });
        var fromTemplate = $"/api/events/templates/{template.Id()}/events";

        var missing = await (await s.Admin.PostAsync("/api/events/templates", new { description = new string('d', 2001) })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var noDates = await (await s.Admin.PostAsync(fromTemplate, new { name = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var backwards = await (await s.Admin.PostAsync(fromTemplate, new { name = "x", startTime = NextStart, endTime = NextStart.AddHours(-1) })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var foreignUnit = await (await s.Admin.PostAsync(fromTemplate, new { name = "x", startTime = NextStart, endTime = NextStart.AddHours(1), ownerUnitId = Guid.NewGuid() })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var rename = await (await s.Admin.PutAsync($"/api/events/templates/{template.Id()}", new { name = new string('n', 129) })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Fields(missing).ShouldBe(["description", "marketingEventId", "name"], ignoreOrder: true);
        Fields(noDates).ShouldBe(["endTime", "name", "startTime"], ignoreOrder: true);
        Fields(backwards).ShouldBe(["endTime"]);
        Fields(foreignUnit).ShouldBe(["ownerUnitId"]);
        Fields(rename).ShouldBe(["concurrencyStamp", "name"], ignoreOrder: true);
        (await s.Admin.PostAsync("/api/events/templates", new { marketingEventId = Guid.NewGuid(), name = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await s.Admin.PostAsync($"/api/events/templates/{Guid.NewGuid()}/events", new { name = "x", startTime = NextStart, endTime = NextStart.AddHours(1) })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Templates_are_listed_by_name_renamed_with_a_fresh_stamp_and_deleted()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var source = await CreateFinishedEventAsync(s, MarketingEventStatus.Completed);
        var b = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source.Id(), name = "B salon" });
        await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source.Id(), name = "A stream", description = "online" });
        var url = $"/api/events/templates/{b.Id()}";
        var stamp = b.GetProperty("concurrencyStamp").GetString();

        var all = await s.Admin.GetJsonAsync<JsonElement>("/api/events/templates");
        var filtered = await s.Admin.GetJsonAsync<JsonElement>("/api/events/templates?filter=online");
        var renamed = await (await s.Admin.PutAsync(url, new { name = "C salon", description = "renamed", concurrencyStamp = stamp })).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Admin.PutAsync(url, new { name = "D salon", concurrencyStamp = stamp })).ReadProblemAsync(HttpStatusCode.Conflict);

        Names(all).ShouldBe(["A stream", "B salon"]);
        Names(filtered).ShouldBe(["A stream"]);
        renamed.GetProperty("name").GetString().ShouldBe("C salon");
        renamed.GetProperty("budgetLines").GetArrayLength().ShouldBe(2);
        (await s.Admin.GetJsonAsync<JsonElement>(url)).GetProperty("description").GetString().ShouldBe("renamed");
        (await s.Admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await s.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Names(await s.Admin.GetJsonAsync<JsonElement>("/api/events/templates")).ShouldBe(["A stream"]);
        (await s.Admin.GetAsync($"/api/events/{source.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_start_events_from_templates_but_only_template_managers_save_rename_or_delete_them()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var source = await CreateFinishedEventAsync(s, MarketingEventStatus.Completed);
        var template = await s.Admin.PostJsonAsync<JsonElement>("/api/events/templates", new { marketingEventId = source.Id(), name = "T" });
        var staff = await StaffAsync(s.Session);

        (await staff.GetAsync("/api/events/templates")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/events/templates/{template.Id()}/events", new { name = "By staff", startTime = NextStart, endTime = NextStart.AddHours(1) })).ReadJsonAsync(HttpStatusCode.Created);
        (await staff.PostAsync("/api/events/templates", new { marketingEventId = source.Id(), name = "Mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PutAsync($"/api/events/templates/{template.Id()}", new { name = "Mine", concurrencyStamp = template.GetProperty("concurrencyStamp").GetString() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.DeleteAsync($"/api/events/templates/{template.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task With_the_module_off_templates_answer_403()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        await s.Session.SetEventsModuleAsync(false);

        await (await s.Admin.GetAsync("/api/events/templates")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:ModuleNotEnabled");
    }

    /// <summary>An event with the full plan (canvas, two CNY lines of 6,000 and 4,000) put into <paramref name="status"/>.</summary>
    internal static async Task<JsonElement> CreateFinishedEventAsync(EventExecutionScenario s, MarketingEventStatus status)
    {
        var created = await s.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(s.UnitId, budget: 10_000m));
        await s.ForceStatusAsync(created.Id(), status);
        return await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{created.Id()}");
    }

    internal static async Task<ApiClient> StaffAsync(TenantSession session, string userName = "planner")
    {
        (await session.Admin.PostAsync("/api/identity/users", new
        {
            userName,
            name = "Staff " + userName,
            email = $"{userName}@{session.Slug}.test",
            password = TestAccounts.UserPassword,
            roleNames = new[] { "staff" },
            isActive = true,
        })).EnsureSuccessStatusCode();
        return await session.SignInAsync(userName, TestAccounts.UserPassword);
    }

    private static (string?, decimal, string?)[] Lines(JsonElement e) =>
        [.. e.GetProperty("budgetLines").EnumerateArray().Select(l => (l.GetProperty("category").GetString(), l.GetProperty("amount").GetDecimal(), l.GetProperty("currency").GetString()))];

    private static string[] Names(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    private static string[] Fields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}

public sealed class EventTemplateApiTestsOnSqlite(SqliteApiFixture fixture) : EventTemplateApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventTemplateApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventTemplateApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
