using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Transactions;

/// <summary>
/// The approving request is one unit of work: when a module's outcome handler fails after the platform's decision
/// and the Events module's change were saved, neither is kept, and the approver can simply try again.
/// </summary>
public abstract class ApprovalDecisionRollbackTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_handler_that_fails_after_saving_leaves_neither_the_decision_nor_the_modules_change()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var eventId = (await s.CreateEventAsync(30_000m)).Id();
        var requestId = (await s.SubmitAsync(eventId)).GetProperty("approvalRequestId").GetGuid();
        RefusingOutcomeHandler.RefusedRequests[requestId] = true;

        await (await s.DecideAsync("director", requestId, "approve")).ShouldBeProblemAsync((HttpStatusCode)422, RefusingOutcomeHandler.ErrorCode);

        (await s.GetEventAsync(eventId)).GetProperty("status").GetString().ShouldBe("PendingApproval");
        var details = await s.GetRequestAsync(requestId);
        details.GetProperty("request").GetProperty("status").GetString().ShouldBe("Pending");
        details.GetProperty("log").EnumerateArray().Select(d => d.GetProperty("type").GetString()).ShouldBe(["Submitted"]);
        (await s.CommittedAsync()).ShouldBe(0m);
    }

    [Fact]
    public async Task After_a_rolled_back_decision_the_approver_decides_again_and_it_all_commits()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var eventId = (await s.CreateEventAsync(30_000m)).Id();
        var requestId = (await s.SubmitAsync(eventId)).GetProperty("approvalRequestId").GetGuid();
        RefusingOutcomeHandler.RefusedRequests[requestId] = true;
        (await s.DecideAsync("director", requestId, "approve")).StatusCode.ShouldBe((HttpStatusCode)422);
        RefusingOutcomeHandler.RefusedRequests.TryRemove(requestId, out _);

        (await s.DecideAsync("director", requestId, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.GetEventAsync(eventId)).GetProperty("status").GetString().ShouldBe("Approved");
        (await s.GetRequestAsync(requestId)).GetProperty("request").GetProperty("status").GetString().ShouldBe("Approved");
        (await s.CommittedAsync()).ShouldBe(30_000m);
    }
}

public sealed class ApprovalDecisionRollbackTestsOnSqlite(RefusingOutcomeHandlerSqliteFixture fixture)
    : ApprovalDecisionRollbackTests(fixture), IClassFixture<RefusingOutcomeHandlerSqliteFixture>;

public sealed class ApprovalDecisionRollbackTestsOnPostgreSql(RefusingOutcomeHandlerPostgreSqlFixture fixture)
    : ApprovalDecisionRollbackTests(fixture), IClassFixture<RefusingOutcomeHandlerPostgreSqlFixture>;
