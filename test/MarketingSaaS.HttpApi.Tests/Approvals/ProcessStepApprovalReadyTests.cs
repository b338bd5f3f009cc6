using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>A step that ends with an approval lets the next step start when its request is approved, not when it is submitted.</summary>
public abstract class ProcessStepApprovalReadyTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_next_steps_holder_hears_step_ready_when_the_approval_step_is_approved()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("ProcessStep", "Any", "director");
        var admin = s.Session.Admin;
        var executor = await admin.CreatePositionAsync("Executor", holderUserIds: [s.User("researcher")]);
        var template = await admin.CreatePublishedAsync("AP-R", ProcessClient.Step("Plan approval", group: 1, approval: true), ProcessClient.Step("Execute", group: 2, positions: [executor.Id()]));
        var instance = await admin.StartAsync(template.Id(), new DateOnly(2026, 7, 6));
        var requestId = ProcessClient.StepAt(await (await admin.TryCompleteAsync(instance, 0)).ReadAsAsync<JsonElement>(), 0).GetProperty("approvalRequestId").GetGuid();
        var readyWhileWaiting = (await s["researcher"].GetNotificationsAsync()).Count(n => n.Kind() == "StepReady");

        (await s.ActAsync("director", requestId, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        readyWhileWaiting.ShouldBe(0);
        (await s["researcher"].GetNotificationsAsync()).Where(n => n.Kind() == "StepReady").ShouldHaveSingleItem().Title().ShouldBe("可以开始：Execute");
        (await s["director"].GetNotificationsAsync()).ShouldNotContain(n => n.Kind() == "StepReady");
    }
}

public sealed class ProcessStepApprovalReadyTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ProcessStepApprovalReadyTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ProcessStepApprovalReadyTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ProcessStepApprovalReadyTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
