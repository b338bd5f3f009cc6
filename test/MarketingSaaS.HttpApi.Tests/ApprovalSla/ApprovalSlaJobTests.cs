using System.Net;
using System.Text.Json;
using MarketingSaaS.ApprovalSla;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.ApprovalSla;

/// <summary>The hourly SLA job (run through the queue): reminders, escalation, overdue steps, tenant isolation.</summary>
public abstract class ApprovalSlaJobTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_waiting_stage_is_reminded_once_after_the_threshold()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m))).Id();
        (await WaitingNotificationsAsync(s["director"])).Length.ShouldBe(1);

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(50));
        await RunSlaJobAsync(s.Session.TenantId);
        (await WaitingNotificationsAsync(s["director"])).Length.ShouldBe(1);

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(24));
        await RunSlaJobAsync(s.Session.TenantId);
        await RunSlaJobAsync(s.Session.TenantId);

        var director = await s.Session.SignInAsync("director", TestAccounts.UserPassword);
        var waiting = await WaitingNotificationsAsync(director);
        waiting.Length.ShouldBe(2);
        waiting.Count(n => n.Title().Contains("提醒", StringComparison.Ordinal)).ShouldBe(1);
        var vp = await s.Session.SignInAsync("vp", TestAccounts.UserPassword);
        (await WaitingNotificationsAsync(vp)).ShouldBeEmpty();
        var details = await director.GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}/{id}");
        ApprovalEngineScenario.Stages(details)[0].ShouldBe([s.User("director")]);
    }

    [Fact]
    public async Task After_the_escalation_threshold_the_head_above_is_added_once_and_can_approve_the_stage()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m))).Id();

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(49));
        await RunSlaJobAsync(s.Session.TenantId);
        await RunSlaJobAsync(s.Session.TenantId);

        var researcher = await s.Session.SignInAsync("researcher", TestAccounts.UserPassword);
        var details = await researcher.GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}/{id}");
        var stage = ApprovalEngineScenario.Stages(details)[0];
        stage.Length.ShouldBe(2);
        stage[0].ShouldBe(s.User("director"));
        var escalatedTo = s.Org.Users.Single(u => u.Value == stage[1]).Key;
        escalatedTo.ShouldBe("gm"); // the head of the General Manager's Office, the unit above Marketing
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Escalated"]);
        details.GetProperty("log")[1].GetProperty("userId").GetGuid().ShouldBe(stage[1]);

        var head = await s.Session.SignInAsync(escalatedTo, TestAccounts.UserPassword);
        (await head.GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}?view=waiting-for-me")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
        (await head.GetNotificationsAsync()).Count(n => n.Title().Contains("上报", StringComparison.Ordinal)).ShouldBe(1);

        (await head.PostAsync($"{ApprovalEngineScenario.Url}/{id}/approve", new { comment = (string?)null, concurrencyStamp = (string?)null })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await researcher.GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}/{id}");
        ApprovalEngineScenario.Log(after).ShouldBe(["Submitted", "Escalated", "Approved"]);
        after.GetProperty("request").GetProperty("currentStageIndex").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_overdue_step_notifies_its_assignee_once()
    {
        var p = await ProcessScenario.CreateAsync(fixture);
        var start = DateOnly.FromDateTime(fixture.Factory.Clock.GetUtcNow().UtcDateTime).AddDays(1);
        await p.Session.Admin.StartAsync(p.TemplateId, start);
        await RunSlaJobAsync(p.Session.TenantId);
        (await OverdueNotificationsAsync(p.Staff)).ShouldBeEmpty();

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(40));
        await RunSlaJobAsync(p.Session.TenantId);
        await RunSlaJobAsync(p.Session.TenantId);

        var staff = await p.Session.SignInAsync("designer1", TestAccounts.UserPassword);
        var overdue = await OverdueNotificationsAsync(staff);
        overdue.Length.ShouldBe(1);
        overdue[0].Title().ShouldContain("B");
    }

    [Fact]
    public async Task The_job_of_one_tenant_never_reminds_another_tenants_approvers()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        await a.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m));
        await b.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m));

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(25));
        await RunSlaJobAsync(a.Session.TenantId);

        (await WaitingNotificationsAsync(await a.Session.SignInAsync("director", TestAccounts.UserPassword))).Length.ShouldBe(2);
        (await WaitingNotificationsAsync(await b.Session.SignInAsync("director", TestAccounts.UserPassword))).Length.ShouldBe(1);
    }

    private static async Task<JsonElement[]> WaitingNotificationsAsync(ApiClient client) =>
        [.. (await client.GetNotificationsAsync()).Where(n => n.Kind() == "ApprovalWaiting")];

    private static async Task<JsonElement[]> OverdueNotificationsAsync(ApiClient client) =>
        [.. (await client.GetNotificationsAsync()).Where(n => n.Kind() == "StepOverdue")];

    /// <summary>Enqueues the tenant's SLA job as its schedule would, and runs the queue until it is empty.</summary>
    private async Task RunSlaJobAsync(Guid tenantId)
    {
        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new ApprovalSlaArgs());
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        var worker = fixture.Services.GetRequiredService<BackgroundJobWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }
    }
}

public sealed class ApprovalSlaJobTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalSlaJobTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalSlaJobTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalSlaJobTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
