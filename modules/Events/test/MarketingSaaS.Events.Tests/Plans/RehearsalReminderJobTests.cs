using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Plans;

/// <summary>
/// The rehearsal reminder through the queue with the test clock (company time zone Asia/Shanghai): the company's
/// reminder days (3 by default) before a key milestone or the event's start, once, to the owner and the task Responsibles; a moved
/// milestone is reminded again; drafts and other companies get nothing.
/// </summary>
public abstract class RehearsalReminderJobTests(ApiFixture fixture)
{
    /// <summary>09:00 in Shanghai on 20 March.</summary>
    private static readonly DateTimeOffset KeyDate = new(2026, 3, 20, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_key_milestone_is_reminded_three_days_before_once_and_again_after_it_moved()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Approved);
        await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Stage", "2026-03-08", "2026-03-19",
            EventPlanScenario.Raci("Responsible", "Position", s.CrewPositionId)))).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync($"/api/events/{e.Id()}/tasks", EventPlanScenario.Task("Sound", "2026-03-08", "2026-03-19",
            EventPlanScenario.Raci("Responsible", "User", s.MemberId), EventPlanScenario.Raci("Informed", "User", s.OtherId)))).ReadJsonAsync(HttpStatusCode.Created);
        var milestone = await (await s.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Dress rehearsal", date = KeyDate, isKeyDate = true }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Not key", date = KeyDate, isKeyDate = false })).ReadJsonAsync(HttpStatusCode.Created);

        fixture.Factory.Clock.Set(KeyDate.AddDays(-4));
        await RunJobAsync(s.Session.TenantId);
        var dayMinus4 = await TitlesAsync(s, "admin");
        fixture.Factory.Clock.Set(KeyDate.AddDays(-3));
        await RunJobAsync(s.Session.TenantId);
        await RunJobAsync(s.Session.TenantId);
        var dayMinus3 = await TitlesAsync(s, "admin");
        await s.Events.SetClockAsync(KeyDate.AddDays(-3).AddHours(2));
        await (await s.Events.Admin.PutAsync($"/api/events/{e.Id()}/milestones/{milestone.Id()}", new
        {
            name = "Dress rehearsal", date = KeyDate.AddDays(5), isKeyDate = true, concurrencyStamp = milestone.GetProperty("concurrencyStamp").GetString(),
        })).ReadJsonAsync(HttpStatusCode.OK);
        await RunJobAsync(s.Session.TenantId);
        var afterMove = await TitlesAsync(s, "admin");
        fixture.Factory.Clock.Set(KeyDate.AddDays(2));
        await RunJobAsync(s.Session.TenantId);
        await RunJobAsync(s.Session.TenantId);
        var movedDayMinus3 = await TitlesAsync(s, "admin");

        const string title = "彩排提醒：活动“Spring salon”的“Dress rehearsal”还有 3 天";
        dayMinus4.ShouldBeEmpty();
        dayMinus3.ShouldBe([title]);
        afterMove.ShouldBe([title]);
        movedDayMinus3.ShouldBe([title, title]);
        (await TitlesAsync(s, "member")).ShouldBe([title, title]);
        (await TitlesAsync(s, "other")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_start_of_a_live_event_is_a_key_date_and_a_draft_gets_nothing()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        await s.CreateEventAsync(MarketingEventStatus.InExecution, "Launch");
        await s.CreateEventAsync(MarketingEventStatus.Draft, "Just an idea");
        var start = EventExecutionScenario.Start;

        fixture.Factory.Clock.Set(start.AddDays(-4));
        await RunJobAsync(s.Session.TenantId);
        var dayMinus4 = await TitlesAsync(s, "admin");
        fixture.Factory.Clock.Set(start.AddDays(-3));
        await RunJobAsync(s.Session.TenantId);
        fixture.Factory.Clock.Set(start.AddDays(-1));
        await RunJobAsync(s.Session.TenantId);

        dayMinus4.ShouldBeEmpty();
        (await TitlesAsync(s, "admin")).ShouldBe(["彩排提醒：活动“Launch”还有 3 天开始"]);
    }

    [Fact]
    public async Task Another_company_is_not_reminded_by_this_companys_run()
    {
        var a = await EventPlanScenario.CreateAsync(fixture);
        await a.CreateEventAsync(MarketingEventStatus.Approved, "Of A");
        var b = await EventPlanScenario.CreateAsync(fixture);
        await b.CreateEventAsync(MarketingEventStatus.Approved, "Of B");

        fixture.Factory.Clock.Set(EventExecutionScenario.Start.AddDays(-2));
        await RunJobAsync(a.Session.TenantId);

        (await TitlesAsync(a, "admin")).ShouldBe(["彩排提醒：活动“Of A”还有 3 天开始"]);
        (await TitlesAsync(b, "admin")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_companys_reminder_days_set_how_early_the_reminder_comes()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        (await s.Admin.PutSettingAsync(EventsSettings.RehearsalReminderDays, "5")).EnsureSuccessStatusCode();
        var e = await s.CreateEventAsync(MarketingEventStatus.Approved);
        await (await s.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Dress rehearsal", date = KeyDate, isKeyDate = true }))
            .ReadJsonAsync(HttpStatusCode.Created);

        fixture.Factory.Clock.Set(KeyDate.AddDays(-6));
        await RunJobAsync(s.Session.TenantId);
        var dayMinus6 = await TitlesAsync(s, "admin");
        fixture.Factory.Clock.Set(KeyDate.AddDays(-5));
        await RunJobAsync(s.Session.TenantId);
        var dayMinus5 = await TitlesAsync(s, "admin");

        dayMinus6.ShouldBeEmpty();
        dayMinus5.ShouldBe(["彩排提醒：活动“Spring salon”的“Dress rehearsal”还有 5 天"]);
    }

    [Fact]
    public void The_job_name_never_changes() => RehearsalReminderJob.Name.ShouldBe("Events.RehearsalReminder");

    private Task RunJobAsync(Guid tenantId) => fixture.RunJobAsync(tenantId, new RehearsalReminderArgs());

    /// <summary>The user's notification titles, oldest first (signed in again: the clock moved past the first token).</summary>
    private static async Task<List<string>> TitlesAsync(EventPlanScenario s, string userName)
    {
        var client = userName == "admin" ? await s.Session.SignInAsync("admin", TestAccounts.AdminPassword) : await s.SignInAsync(userName);
        var page = await client.GetJsonAsync<JsonElement>("/api/notifications?maxResultCount=100");
        return [.. page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("title").GetString()!).Reverse()];
    }
}

public sealed class RehearsalReminderJobTestsOnSqlite(SqliteApiFixture fixture) : RehearsalReminderJobTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class RehearsalReminderJobTestsOnPostgreSql(PostgreSqlApiFixture fixture) : RehearsalReminderJobTests(fixture), IClassFixture<PostgreSqlApiFixture>;
