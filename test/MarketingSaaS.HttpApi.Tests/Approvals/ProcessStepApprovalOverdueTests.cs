using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>A step past its due date is not overdue while its approval request is pending; it is again once the request comes back.</summary>
public abstract class ProcessStepApprovalOverdueTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_step_awaiting_its_approval_is_not_overdue_until_the_request_is_rejected()
    {
        var clock = fixture.Factory.Clock;
        clock.Set(new DateTimeOffset(2026, 7, 6, 1, 0, 0, TimeSpan.Zero));
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("ProcessStep", "Any", "director");
        var template = await s.Session.Admin.CreatePublishedAsync("AP-2", ProcessClient.Step("Draft the plan"), ProcessClient.Step("Plan approval", group: 1, approval: true));
        var instance = await s.Session.Admin.StartAsync(template.Id(), new DateOnly(2026, 7, 6));
        (await s.Session.Admin.TryCompleteAsync(instance, 0)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var requestId = ProcessClient.StepAt(await (await s.Session.Admin.TryCompleteAsync(instance, 1)).ReadAsAsync<JsonElement>(), 1)
            .GetProperty("approvalRequestId").GetGuid();

        // Two weeks later both steps are long past due.
        clock.Set(new DateTimeOffset(2026, 7, 20, 1, 0, 0, TimeSpan.Zero));
        var admin = await s.Session.SignInAsync("admin", TestAccounts.AdminPassword);
        var director = await s.Session.SignInAsync("director", TestAccounts.UserPassword);
        var waiting = await admin.GetJsonAsync<JsonElement>($"{ProcessClient.Instances}/{instance.Id()}");
        (await director.PostAsync($"{ApprovalEngineScenario.Url}/{requestId}/reject", new { comment = "Not yet" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = await admin.GetJsonAsync<JsonElement>($"{ProcessClient.Instances}/{instance.Id()}");

        ProcessClient.StepAt(waiting, 1).GetProperty("isAwaitingApproval").GetBoolean().ShouldBeTrue();
        ProcessClient.StepAt(waiting, 1).GetProperty("isOverdue").GetBoolean().ShouldBeFalse();
        waiting.GetProperty("isOverdue").GetBoolean().ShouldBeFalse();
        ProcessClient.StepAt(rejected, 1).GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
        rejected.GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
    }
}

public sealed class ProcessStepApprovalOverdueTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ProcessStepApprovalOverdueTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ProcessStepApprovalOverdueTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ProcessStepApprovalOverdueTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
