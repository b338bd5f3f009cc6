using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Reviews;

/// <summary>
/// The review deadline job through the queue with the test clock: the owner is reminded two days before the due
/// time (end + 7 days), the head of the owner unit is told once it is overdue; each once; a written review stops both.
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

    private async Task RunJobAsync(Guid tenantId)
    {
        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new EventReviewDeadlineArgs());
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        var worker = fixture.Services.GetRequiredService<BackgroundJobWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }
    }

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
