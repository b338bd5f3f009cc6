using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Approvals;
using MarketingSaaS.ApprovalSla;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Returns to a chosen earlier stage: the stages from there on start again, the request stays pending.</summary>
public abstract class ApprovalReturnToStageTests(ApiFixture fixture, RecordedOutcomes outcomes)
{
    [Fact]
    public async Task The_second_stage_returns_to_the_first_which_decides_again_before_the_second_does()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = Guid.NewGuid().ToString("N");
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 60_000m))).Id();
        (await s.ActAsync("director", id, "approve", "Fine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var stamp = (await s.GetAsync("vp", id)).GetProperty("request").GetProperty("concurrencyStamp").GetString();

        var response = await ReturnAsync(s, "vp", id, 0, "Director: check the venue quote", stamp);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var details = await response.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json);
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        details.GetProperty("request").GetProperty("currentStageIndex").GetInt32().ShouldBe(0);
        var stages = details.GetProperty("stages");
        stages[0].GetProperty("approvers")[0].GetProperty("state").GetString().ShouldBe("Pending");
        stages[0].GetProperty("completionTime").ValueKind.ShouldBe(JsonValueKind.Null);
        stages[0].GetProperty("restartedAt").GetDateTimeOffset().ShouldBe(fixture.Factory.Clock.GetUtcNow());
        stages[1].GetProperty("approvers")[0].GetProperty("state").GetString().ShouldBe("Pending");
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Approved", "Returned"]);
        var line = details.GetProperty("log")[2];
        line.GetProperty("userId").GetGuid().ShouldBe(s.User("vp"));
        line.GetProperty("stageIndex").GetInt32().ShouldBe(1);
        line.GetProperty("returnedToStageIndex").GetInt32().ShouldBe(0);
        line.GetProperty("comment").GetString().ShouldBe("Director: check the venue quote");
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBeEmpty();
        (await WaitingNotificationsAsync(s["director"])).Length.ShouldBe(2);
        outcomes.For(subject).ShouldBeEmpty();

        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe((HttpStatusCode)422);
        (await s.ActAsync("director", id, "approve", "Quote checked")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBe([id]);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var approved = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Status(approved).ShouldBe("Approved");
        ApprovalEngineScenario.Log(approved).ShouldBe(["Submitted", "Approved", "Returned", "Approved", "Approved"]);
        approved.GetProperty("log")[1].GetProperty("returnedToStageIndex").ValueKind.ShouldBe(JsonValueKind.Null);
        outcomes.For(subject).ShouldHaveSingleItem().Status.ShouldBe(ApprovalRequestStatus.Approved);
    }

    [Fact]
    public async Task Only_an_earlier_stage_of_the_route_is_a_valid_target_and_the_stamp_is_checked()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m))).Id();
        var stale = (await s.GetAsync("vp", id)).GetProperty("request").GetProperty("concurrencyStamp").GetString();

        await ShouldBeFieldErrorAsync(await ReturnAsync(s, "director", id, 0, "Same stage"), InvalidStage);
        await ShouldBeFieldErrorAsync(await ReturnAsync(s, "director", id, -1, "Negative"), null);
        await ShouldBeFieldErrorAsync(
            await s["director"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/approve", new { returnToStageIndex = 0 }), NotAllowed);
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeFieldErrorAsync(await ReturnAsync(s, "vp", id, 1, "Same stage"), InvalidStage);
        await ShouldBeFieldErrorAsync(await ReturnAsync(s, "vp", id, 2, "Later stage"), InvalidStage);
        await ShouldBeFieldErrorAsync(await ReturnAsync(s, "vp", id, 7, "Out of range"), InvalidStage);
        (await (await ReturnAsync(s, "vp", id, 0, " ")).ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("comment");
        (await ReturnAsync(s, "vp", id, 0, "Stale screen", stale)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await ReturnAsync(s, "director", id, 0, "Not my stage")).ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString()
            .ShouldBe("MarketingSaaS:NotCurrentApprover");

        var details = await s.GetAsync("vp", id);
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        details.GetProperty("request").GetProperty("currentStageIndex").GetInt32().ShouldBe(1);
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Approved"]);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBe([id]);
    }

    [Fact]
    public async Task A_return_without_a_stage_still_goes_back_to_the_requester()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m))).Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.ActAsync("vp", id, "return", "Revise it")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var details = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Status(details).ShouldBe("Returned");
        details.GetProperty("log")[2].GetProperty("returnedToStageIndex").ValueKind.ShouldBe(JsonValueKind.Null);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_stage_returned_to_waits_from_the_return_for_reminders()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m))).Id();
        fixture.Factory.Clock.Advance(TimeSpan.FromHours(25));
        await RunSlaJobAsync(s.Session.TenantId);
        var director = await s.Session.SignInAsync("director", TestAccounts.UserPassword);
        (await WaitingNotificationsAsync(director)).Length.ShouldBe(2);
        (await director.PostAsync($"{ApprovalEngineScenario.Url}/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Factory.Clock.Advance(TimeSpan.FromHours(1));
        var vp = await s.Session.SignInAsync("vp", TestAccounts.UserPassword);
        (await vp.PostAsync($"{ApprovalEngineScenario.Url}/{id}/return", new { comment = "Again", returnToStageIndex = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        director = await s.Session.SignInAsync("director", TestAccounts.UserPassword);
        (await WaitingNotificationsAsync(director)).Length.ShouldBe(3);

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(23));
        await RunSlaJobAsync(s.Session.TenantId);
        director = await s.Session.SignInAsync("director", TestAccounts.UserPassword);
        (await WaitingNotificationsAsync(director)).Length.ShouldBe(3);

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(2));
        await RunSlaJobAsync(s.Session.TenantId);
        director = await s.Session.SignInAsync("director", TestAccounts.UserPassword);
        (await WaitingNotificationsAsync(director)).Length.ShouldBe(4);
        var details = await director.GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}/{id}");
        ApprovalEngineScenario.Stages(details)[0].ShouldBe([s.User("director")]);
    }

    private const string InvalidStage = "请选择该申请中更早的审批阶段";
    private const string NotAllowed = "只有退回申请时才能指定退回的阶段";

    private static Task<HttpResponseMessage> ReturnAsync(ApprovalEngineScenario s, string user, Guid id, int stage, string comment, string? stamp = null) =>
        s[user].PostAsync($"{ApprovalEngineScenario.Url}/{id}/return", new { comment, concurrencyStamp = stamp, returnToStageIndex = stage });

    private static async Task ShouldBeFieldErrorAsync(HttpResponseMessage response, string? code)
    {
        var problem = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText();
        problem.ShouldContain("returnToStageIndex");
        if (code is not null)
        {
            problem.ShouldContain(code);
        }
    }

    private static async Task<JsonElement[]> WaitingNotificationsAsync(ApiClient client) =>
        [.. (await client.GetNotificationsAsync()).Where(n => n.Kind() == "ApprovalWaiting")];

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

public sealed class ApprovalReturnToStageTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalReturnToStageTests(fixture, fixture.Outcomes), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalReturnToStageTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalReturnToStageTests(fixture, fixture.Outcomes), IClassFixture<PostgreSqlApprovalEngineFixture>;
