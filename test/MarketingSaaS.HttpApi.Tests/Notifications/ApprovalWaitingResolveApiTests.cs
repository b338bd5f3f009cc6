using System.Net;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

/// <summary>"Waiting for your approval" notifications are resolved (read) once the request no longer waits for that person.</summary>
public abstract class ApprovalWaitingResolveApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_stage_that_moves_on_resolves_its_waiting_notifications_and_the_next_stage_is_unread()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("w-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();
        (await s["director"].UnreadCountAsync()).ShouldBe(1);

        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        ((await s["director"].UnreadCountAsync()), (await s["vp"].UnreadCountAsync())).ShouldBe((0, 1));
    }

    [Fact]
    public async Task A_decided_request_resolves_the_last_stage_waiting_notifications()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("d-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.ActAsync("vp", id, "reject", "No")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s["vp"].UnreadCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_withdrawn_request_drops_from_the_approvers_bell()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("x-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();

        (await s.ActAsync("researcher", id, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s["director"].UnreadCountAsync()).ShouldBe(0);
    }
}

public sealed class ApprovalWaitingResolveApiTestsOnSqlite(SqliteApiFixture fixture) : ApprovalWaitingResolveApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalWaitingResolveApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalWaitingResolveApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
