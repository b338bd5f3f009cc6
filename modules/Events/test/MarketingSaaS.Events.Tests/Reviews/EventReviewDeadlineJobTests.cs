using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Reviews;

/// <summary>
/// The review deadline job through the queue with the test clock: the owner is reminded two days before the due
/// time (end + the company's review due days, 7 by default), the head of the owner unit is told once it is overdue; each once; a written review stops both.
/// </summary>
public abstract class EventReviewDeadlineJobTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset End = EventExecutionScenario.Start.AddHours(4);

    [Fact]
    public async Task The_owner_is_reminded_once_then_the_unit_head_is_told_once_after_the_due_time()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        await s.CreateEventAsync(MarketingEventStatus.Completed, "Autumn expo");

        fixture.Factory.Clock.Set(End.AddDays(4));
        await RunJobAsync(s.Session.TenantId);
        var early = await TitlesAsync(s);
        fixture.Factory.Clock.Set(End.AddDays(5).AddHours(1));
        await RunJobAsync(s.Session.TenantId);
        await RunJobAsync(s.Session.TenantId);
        var reminded = await TitlesAsync(s);
        fixture.Factory.Clock.Set(End.AddDays(7).AddHours(1));
        await RunJobAsync(s.Session.TenantId);
        await RunJobAsync(s.Session.TenantId);
        var escalated = await TitlesAsync(s);

        early.ShouldBeEmpty();
        reminded.ShouldBe(["活动“Autumn expo”的复盘即将到期"]);
        escalated.Order().ShouldBe(["活动“Autumn expo”的复盘即将到期", "活动“Autumn expo”的复盘已逾期"]);
    }

    [Fact]
    public async Task The_companys_review_due_days_move_the_reminder_the_escalation_and_the_due_time()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        (await s.Admin.PutSettingAsync(EventsSettings.ReviewDueDays, "10")).EnsureSuccessStatusCode();
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed, "Winter expo");

        fixture.Factory.Clock.Set(End.AddDays(7).AddHours(1));
        await RunJobAsync(s.Session.TenantId);
        var afterSevenDays = await TitlesAsync(s);
        fixture.Factory.Clock.Set(End.AddDays(8).AddHours(1));
        await RunJobAsync(s.Session.TenantId);
        var afterEightDays = await TitlesAsync(s);
        fixture.Factory.Clock.Set(End.AddDays(9).AddHours(23));
        await RunJobAsync(s.Session.TenantId);
        var beforeDue = await TitlesAsync(s);
        fixture.Factory.Clock.Set(End.AddDays(10).AddHours(1));
        await RunJobAsync(s.Session.TenantId);
        var afterDue = await TitlesAsync(s);
        await s.SetClockAsync(End.AddDays(10).AddHours(2));
        var review = await (await s.Admin.PutAsync($"/api/events/{e.Id()}/review", EventExecutionScenario.Review)).ReadJsonAsync(HttpStatusCode.OK);

        afterSevenDays.ShouldBeEmpty();
        afterEightDays.ShouldBe(["活动“Winter expo”的复盘即将到期"]);
        beforeDue.ShouldBe(afterEightDays);
        afterDue.Order().ShouldBe(["活动“Winter expo”的复盘即将到期", "活动“Winter expo”的复盘已逾期"]);
        review.GetProperty("dueTime").GetDateTimeOffset().ShouldBe(End.AddDays(10));
        var notifications = await s.Admin.GetJsonAsync<JsonElement>("/api/notifications?maxResultCount=100");
        notifications.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ShouldBe(["Reminder", "Reminder"]);
    }

    [Fact]
    public async Task A_reviewed_or_still_running_event_gets_nothing()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var reviewed = await s.CreateEventAsync(MarketingEventStatus.Completed, "Reviewed");
        await s.CreateEventAsync(MarketingEventStatus.Approved, "Not started");
        await s.SetClockAsync(End.AddDays(1));
        await (await s.Admin.PutAsync($"/api/events/{reviewed.Id()}/review", EventExecutionScenario.Review)).ReadJsonAsync(HttpStatusCode.OK);

        fixture.Factory.Clock.Set(End.AddDays(9));
        await RunJobAsync(s.Session.TenantId);

        (await TitlesAsync(s)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_company_is_not_reminded_by_this_companys_run()
    {
        var a = await EventExecutionScenario.CreateAsync(fixture);
        await a.CreateEventAsync(MarketingEventStatus.Completed, "Of A");
        var b = await EventExecutionScenario.CreateAsync(fixture);
        await b.CreateEventAsync(MarketingEventStatus.Completed, "Of B");

        fixture.Factory.Clock.Set(End.AddDays(8));
        await RunJobAsync(a.Session.TenantId);

        (await TitlesAsync(a)).Count.ShouldBe(2);
        (await TitlesAsync(b)).ShouldBeEmpty();
    }

    private Task RunJobAsync(Guid tenantId) => fixture.RunJobAsync(tenantId, new EventReviewDeadlineArgs());

    /// <summary>The administrator's notification titles (signed in again: the clock moved past the first token).</summary>
    private static async Task<List<string>> TitlesAsync(EventExecutionScenario s)
    {
        var admin = await s.Session.SignInAsync("admin", TestAccounts.AdminPassword);
        var page = await admin.GetJsonAsync<JsonElement>("/api/notifications?maxResultCount=100");
        return [.. page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("title").GetString()!)];
    }
}

public sealed class EventReviewDeadlineJobTestsOnSqlite(SqliteApiFixture fixture) : EventReviewDeadlineJobTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventReviewDeadlineJobTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventReviewDeadlineJobTests(fixture), IClassFixture<PostgreSqlApiFixture>;
