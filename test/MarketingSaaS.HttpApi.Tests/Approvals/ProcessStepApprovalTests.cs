using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Completing a step that ends with an approval submits a request; the step completes when it is approved.</summary>
public abstract class ProcessStepApprovalTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_approval_step_waits_for_its_request_goes_back_on_rejection_and_completes_on_approval()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("ProcessStep", "Any", "director");
        var admin = s.Session.Admin;
        var template = await admin.CreatePublishedAsync("AP-1", ProcessClient.Step("Draft the plan"), ProcessClient.Step("Plan approval", group: 1, approval: true));
        var instance = await admin.StartAsync(template.Id(), new DateOnly(2026, 7, 6));
        (await admin.TryCompleteAsync(instance, 0)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var submitted = await admin.TryCompleteAsync(instance, 1);

        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var step = ProcessClient.StepAt(await submitted.ReadAsAsync<JsonElement>(), 1);
        step.GetProperty("isCompleted").GetBoolean().ShouldBeFalse();
        step.GetProperty("isAwaitingApproval").GetBoolean().ShouldBeTrue();
        var firstRequest = step.GetProperty("approvalRequestId").GetGuid();
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([firstRequest]);
        await (await admin.TryCompleteAsync(instance, 1)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:StepAwaitingApproval");

        (await s.ActAsync("director", firstRequest, "reject", "Not yet")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reopened = ProcessClient.StepAt(await Reload(admin, instance), 1);
        reopened.GetProperty("isAwaitingApproval").GetBoolean().ShouldBeFalse();
        reopened.GetProperty("isCompleted").GetBoolean().ShouldBeFalse();

        var again = ProcessClient.StepAt(await (await admin.TryCompleteAsync(instance, 1)).ReadAsAsync<JsonElement>(), 1);
        var secondRequest = again.GetProperty("approvalRequestId").GetGuid();
        secondRequest.ShouldNotBe(firstRequest);
        (await s.ActAsync("director", secondRequest, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var done = await Reload(admin, instance);
        ProcessClient.StepAt(done, 1).GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        ProcessClient.StepAt(done, 1).GetProperty("completedByUserId").GetGuid().ShouldBe(s.User("director"));
        done.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_returned_request_puts_the_step_back_in_progress_and_its_resubmission_makes_it_wait_again()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("ProcessStep", "Any", "director");
        var admin = s.Session.Admin;
        var template = await admin.CreatePublishedAsync("AP-3", ProcessClient.Step("Draft the plan"), ProcessClient.Step("Plan approval", group: 1, approval: true));
        var instance = await admin.StartAsync(template.Id(), new DateOnly(2026, 7, 6));
        (await admin.TryCompleteAsync(instance, 0)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var requestId = ProcessClient.StepAt(await (await admin.TryCompleteAsync(instance, 1)).ReadAsAsync<JsonElement>(), 1)
            .GetProperty("approvalRequestId").GetGuid();

        (await s.ActAsync("director", requestId, "return", "Add the budget table")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var returned = ProcessClient.StepAt(await Reload(admin, instance), 1);
        var resubmitted = await admin.PostAsync($"{ApprovalEngineScenario.Url}/{requestId}/resubmit",
            new { title = "Plan approval, with the budget table", amount = 0m, currency = "CNY", riskTier = "Tactical", isSpecial = false });
        var waitingAgain = ProcessClient.StepAt(await Reload(admin, instance), 1);
        (await s.ActAsync("director", requestId, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = ProcessClient.StepAt(await Reload(admin, instance), 1);

        returned.GetProperty("isAwaitingApproval").GetBoolean().ShouldBeFalse();
        returned.GetProperty("isCompleted").GetBoolean().ShouldBeFalse();
        resubmitted.StatusCode.ShouldBe(HttpStatusCode.OK, await resubmitted.Content.ReadAsStringAsync());
        waitingAgain.GetProperty("isAwaitingApproval").GetBoolean().ShouldBeTrue();
        waitingAgain.GetProperty("approvalRequestId").GetGuid().ShouldBe(requestId);
        done.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_returned_request_cannot_be_resubmitted_once_a_new_request_of_the_step_is_pending()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("ProcessStep", "Any", "director");
        var admin = s.Session.Admin;
        var template = await admin.CreatePublishedAsync("AP-4", ProcessClient.Step("Draft the plan"), ProcessClient.Step("Plan approval", group: 1, approval: true));
        var instance = await admin.StartAsync(template.Id(), new DateOnly(2026, 7, 6));
        (await admin.TryCompleteAsync(instance, 0)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = ProcessClient.StepAt(await (await admin.TryCompleteAsync(instance, 1)).ReadAsAsync<JsonElement>(), 1).GetProperty("approvalRequestId").GetGuid();
        (await s.ActAsync("director", first, "return", "Add the budget table")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = ProcessClient.StepAt(await (await admin.TryCompleteAsync(instance, 1)).ReadAsAsync<JsonElement>(), 1).GetProperty("approvalRequestId").GetGuid();
        var stale = await admin.PostAsync($"{ApprovalEngineScenario.Url}/{first}/resubmit",
            new { title = "Plan approval", amount = 0m, currency = "CNY", riskTier = "Tactical", isSpecial = false });

        second.ShouldNotBe(first);
        await stale.ShouldFailWithAsync((HttpStatusCode)422, "MarketingSaaS:ActiveApprovalRequestExists");
        ProcessClient.StepAt(await Reload(admin, instance), 1).GetProperty("approvalRequestId").GetGuid().ShouldBe(second);
    }

    private static Task<JsonElement> Reload(ApiClient admin, JsonElement instance) =>
        admin.GetJsonAsync<JsonElement>($"{ProcessClient.Instances}/{instance.Id()}");
}

public sealed class ProcessStepApprovalTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ProcessStepApprovalTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ProcessStepApprovalTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ProcessStepApprovalTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
