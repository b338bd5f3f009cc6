using MarketingSaaS.TestBase.Clients;
using System.Net;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>
/// Two approvers of an Any stage deciding at the same moment: exactly one decision counts, and the other approver is
/// told the request is no longer pending (422), never a concurrency conflict (docs/approval-engine.md, "Lost races").
/// </summary>
public abstract class ApprovalConcurrencyTests(ApiFixture fixture)
{
    [Fact]
    public async Task Parallel_approvals_of_an_any_stage_count_once()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.CreatePolicyAsync("Research.ResearchPlan", "Any", "vp", "finance");

        for (var round = 0; round < 8; round++)
        {
            var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 1_000m, "Research.ResearchPlan"))).Id();

            var answers = await Task.WhenAll(s.ActAsync("vp", id, "approve"), s.ActAsync("finance", id, "approve"));

            var codes = answers.Select(a => (int)a.StatusCode).Order().ToArray();
            codes[0].ShouldBe(200, string.Join(", ", codes));
            codes[1].ShouldBe(422, string.Join(", ", codes));
            var loser = answers.Single(a => a.StatusCode != HttpStatusCode.OK);
            (await loser.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalRequestNotPending");
            var details = await s.GetAsync("vp", id);
            ApprovalEngineScenario.Status(details).ShouldBe("Approved");
            ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Approved"]);
            details.GetProperty("stages")[0].GetProperty("approvers").EnumerateArray().Count(a => a.GetProperty("state").GetString() == "Approved").ShouldBe(1);
        }
    }
}

public sealed class ApprovalConcurrencyTestsOnSqlite(SqliteApiFixture fixture) : ApprovalConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalConcurrencyTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;
