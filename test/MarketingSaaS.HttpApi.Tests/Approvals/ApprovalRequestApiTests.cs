using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Approvals;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Requests through their routes: decisions, the log, returns, withdrawals and the modules' outcome handlers.</summary>
public abstract class ApprovalRequestApiTests(ApiFixture fixture, RecordedOutcomes outcomes)
{
    [Fact]
    public async Task A_request_is_approved_through_two_stages_in_order_and_the_module_hears_it()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = NewSubject();

        var request = await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 60_000m));
        var id = request.Id();
        var submitted = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Stages(submitted).ShouldBe([[s.User("director")], [s.User("vp")]]);
        submitted.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("name").GetString().ShouldBe("Name of director");
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBeEmpty();

        var vpTooEarly = await s.ActAsync("vp", id, "approve");
        (await vpTooEarly.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NotCurrentApprover");
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        (await s.ActAsync("director", id, "approve", "Fine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBe([id]);
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe((HttpStatusCode)422);
        outcomes.For(subject).ShouldBeEmpty();
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var approved = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Status(approved).ShouldBe("Approved");
        ApprovalEngineScenario.Log(approved).ShouldBe(["Submitted", "Approved", "Approved"]);
        var log = approved.GetProperty("log");
        log[1].GetProperty("userId").GetGuid().ShouldBe(s.User("director"));
        log[1].GetProperty("stageIndex").GetInt32().ShouldBe(0);
        log[1].GetProperty("comment").GetString().ShouldBe("Fine");
        log[1].GetProperty("amount").GetDecimal().ShouldBe(60_000m);
        log[2].GetProperty("stageIndex").GetInt32().ShouldBe(1);
        (log[1].GetProperty("time").GetDateTimeOffset() - log[0].GetProperty("time").GetDateTimeOffset()).ShouldBe(TimeSpan.FromMinutes(10));
        var outcome = outcomes.For(subject).ShouldHaveSingleItem();
        outcome.Status.ShouldBe(ApprovalRequestStatus.Approved);
        outcome.RequestId.ShouldBe(id);
        outcome.DecidedByUserId.ShouldBe(s.User("vp"));
        (await s.ListAsync("director", "decided-by-me")).ShouldBe([id]);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
        (await s.ListAsync("researcher", "submitted-by-me")).ShouldBe([id]);
    }

    [Fact]
    public async Task A_rejection_needs_a_comment_and_ends_the_request()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = NewSubject();
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 60_000m))).Id();

        var silent = await s.ActAsync("director", id, "reject", "  ");
        (await silent.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("comment");
        (await s.ActAsync("director", id, "reject", "Too expensive")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rejected = await s.GetAsync("director", id);
        ApprovalEngineScenario.Status(rejected).ShouldBe("Rejected");
        ApprovalEngineScenario.Log(rejected).ShouldBe(["Submitted", "Rejected"]);
        rejected.GetProperty("log")[1].GetProperty("comment").GetString().ShouldBe("Too expensive");
        rejected.GetProperty("stages")[1].GetProperty("approvers")[0].GetProperty("state").GetString().ShouldBe("Skipped");
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe((HttpStatusCode)422);
        outcomes.For(subject).ShouldHaveSingleItem().Status.ShouldBe(ApprovalRequestStatus.Rejected);
        (await s.SubmitAsync(ApprovalEngineScenario.Request(subject))).Id().ShouldNotBe(id);
    }

    [Fact]
    public async Task A_returned_request_is_revised_and_resubmitted_with_a_fresh_route()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = NewSubject();
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 30_000m))).Id();

        (await s.ActAsync("director", id, "return", "Add the venue quote")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var returned = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Status(returned).ShouldBe("Returned");
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe((HttpStatusCode)422);
        var byOther = await s["director"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/resubmit", Revision(60_000m));
        byOther.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var resubmitted = await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/resubmit", Revision(60_000m));
        resubmitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = await resubmitted.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json);
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        details.GetProperty("request").GetProperty("amount").GetDecimal().ShouldBe(60_000m);
        ApprovalEngineScenario.Stages(details).ShouldBe([[s.User("director")], [s.User("vp")]]);
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Returned", "Submitted"]);
        details.GetProperty("log")[1].GetProperty("amount").GetDecimal().ShouldBe(30_000m);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
        (await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/resubmit", Revision(60_000m))).StatusCode.ShouldBe((HttpStatusCode)422);
        outcomes.For(subject).ShouldHaveSingleItem().Status.ShouldBe(ApprovalRequestStatus.Returned); // the module can make its item editable again
    }

    [Fact]
    public async Task The_requester_withdraws_only_before_the_first_decision()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var early = NewSubject();
        var late = NewSubject();
        var earlyId = (await s.SubmitAsync(ApprovalEngineScenario.Request(early, 60_000m))).Id();
        var lateId = (await s.SubmitAsync(ApprovalEngineScenario.Request(late, 60_000m))).Id();

        (await s.ActAsync("director", earlyId, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s.ActAsync("researcher", earlyId, "withdraw", "Postponed")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("director", lateId, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooLate = await s.ActAsync("researcher", lateId, "withdraw");

        (await tooLate.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalAlreadyDecided");
        var withdrawn = await s.GetAsync("researcher", earlyId);
        ApprovalEngineScenario.Status(withdrawn).ShouldBe("Withdrawn");
        ApprovalEngineScenario.Log(withdrawn).ShouldBe(["Submitted", "Withdrawn"]);
        ApprovalEngineScenario.Status(await s.GetAsync("researcher", lateId)).ShouldBe("Pending");
        outcomes.For(early).ShouldHaveSingleItem().Status.ShouldBe(ApprovalRequestStatus.Withdrawn);
        outcomes.For(late).ShouldBeEmpty();
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
    }

    [Fact]
    public async Task In_an_all_stage_approvers_decide_in_parallel_and_every_one_is_needed()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("BudgetChange", "All", "vp", "finance");
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 5_000m, "BudgetChange"))).Id();

        (await s.ListAsync("finance", "waiting-for-me")).ShouldBe([id]);
        (await s.ActAsync("finance", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var half = await s.GetAsync("vp", id);
        ApprovalEngineScenario.Status(half).ShouldBe("Pending");
        (await s.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBe([id]);
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        ApprovalEngineScenario.Status(await s.GetAsync("vp", id)).ShouldBe("Approved");
    }

    [Fact]
    public async Task The_route_snapshot_does_not_follow_later_org_chart_changes()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        // A second holder joins the post; the director still holds it, so nothing moves (ApprovalReassignmentTests: a replaced holder's slots do).
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Org.Positions["市场部负责人"], [s.User("director"), s.User("gm")]);

        ApprovalEngineScenario.Stages(await s.GetAsync("researcher", id)).ShouldBe([[s.User("director")]]);
        (await s.ActAsync("gm", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var fresh = await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()));
        ApprovalEngineScenario.Stages(await s.GetAsync("researcher", fresh.Id())).ShouldHaveSingleItem().ShouldBe([s.User("director"), s.User("gm")], ignoreOrder: true);
    }

    [Fact]
    public async Task Only_involved_people_see_a_request_and_only_the_requester_never_approves()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        (await s["finance"].GetAsync($"{ApprovalEngineScenario.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await s.ListAsync("finance", "submitted-by-me")).ShouldBeEmpty();
        var byRequester = await s.ActAsync("researcher", id, "approve");
        (await byRequester.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NotAnApprover");
        (await s.ActAsync("finance", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s["director"].PostAsync(ApprovalEngineScenario.Url, ApprovalEngineScenario.Request(NewSubject()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task One_pending_request_per_subject_and_bad_input_is_refused()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = NewSubject();
        await s.SubmitAsync(ApprovalEngineScenario.Request(subject));

        var twice = await s["researcher"].PostAsync(ApprovalEngineScenario.Url, ApprovalEngineScenario.Request(subject));
        var negative = await s["researcher"].PostAsync(ApprovalEngineScenario.Url, ApprovalEngineScenario.Request(NewSubject(), -1m));
        var noPolicy = await s["researcher"].PostAsync(ApprovalEngineScenario.Url, ApprovalEngineScenario.Request(NewSubject(), 100m, "Research.ResearchPlan"));
        var badView = await s["researcher"].GetAsync($"{ApprovalEngineScenario.Url}?view=everything");

        (await twice.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:ActiveApprovalRequestExists");
        (await negative.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("amount", Case.Insensitive);
        (await noPolicy.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NoApprovalPolicy");
        badView.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await s.ListAsync("researcher", "submitted-by-me")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_module_refusing_the_outcome_undoes_the_decision()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("refuse-" + NewSubject()))).Id();

        var refused = await s.ActAsync("director", id, "approve");

        (await refused.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("TestModule:Refused");
        var details = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted"]);
        details.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("state").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_is_a_conflict()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var request = await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m));
        var stamp = request.GetProperty("concurrencyStamp").GetString();
        (await s.ActAsync("director", request.Id(), "approve", stamp: stamp)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await s.ActAsync("vp", request.Id(), "approve", stamp: stamp);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ApprovalEngineScenario.Status(await s.GetAsync("vp", request.Id())).ShouldBe("Pending");
    }

    [Fact]
    public async Task Cycle_times_per_policy_stage_come_from_the_decisions()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        foreach (var (first, second) in new[] { (5, 10), (15, 20) })
        {
            var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m))).Id();
            fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(first));
            (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
            fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(second));
            (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var figures = await s.Session.Admin.GetJsonAsync<JsonElement[]>("/api/approvals/policies/cycle-times?days=30");

        var byStage = figures.ToDictionary(f => f.GetProperty("stageIndex").ValueKind == JsonValueKind.Null ? -1 : f.GetProperty("stageIndex").GetInt32());
        byStage.Keys.Order().ShouldBe([-1, 0, 1]);
        byStage[0].GetProperty("count").GetInt32().ShouldBe(2);
        byStage[0].GetProperty("averageHours").GetDouble().ShouldBe(10 / 60.0, 0.006);
        byStage[0].GetProperty("p90Hours").GetDouble().ShouldBe(15 / 60.0, 0.006);
        byStage[1].GetProperty("averageHours").GetDouble().ShouldBe(15 / 60.0, 0.006);
        byStage[-1].GetProperty("averageHours").GetDouble().ShouldBe(25 / 60.0, 0.006);
        byStage[-1].GetProperty("p90Hours").GetDouble().ShouldBe(35 / 60.0, 0.006);
        (await s["researcher"].GetAsync("/api/approvals/policies/cycle-times")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(31));
        foreach (var user in new[] { "researcher", "director" })
        {
            s.Clients[user] = await s.Session.SignInAsync(user, TestAccounts.UserPassword); // the tokens expired meanwhile
        }

        var admin = await s.Session.SignInAsync("admin", TestAccounts.AdminPassword);
        var late = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m))).Id();
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        (await s.ActAsync("director", late, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var window = await admin.GetJsonAsync<JsonElement[]>("/api/approvals/policies/cycle-times?days=30");
        var firstStage = window.Single(f => f.GetProperty("stageIndex").ValueKind == JsonValueKind.Number && f.GetProperty("stageIndex").GetInt32() == 0);
        firstStage.GetProperty("count").GetInt32().ShouldBe(1, "requests submitted before the window are left out");
        firstStage.GetProperty("averageHours").GetDouble().ShouldBe(0.5, 0.006);
    }

    private static string NewSubject() => Guid.NewGuid().ToString("N");

    private static object Revision(decimal amount) => new { title = "Spring fair, with quote", amount, currency = "CNY", riskTier = "Tactical", isSpecial = false };
}

public sealed class ApprovalRequestApiTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalRequestApiTests(fixture, fixture.Outcomes), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalRequestApiTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalRequestApiTests(fixture, fixture.Outcomes), IClassFixture<PostgreSqlApprovalEngineFixture>;
