using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Approving several requests at once: each one as a single approval would be, reported one by one.</summary>
public abstract class ApprovalBulkApprovalTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_request_decided_meanwhile_is_reported_and_the_others_are_approved()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var first = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();
        var withdrawn = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();
        var third = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();
        (await s.ActAsync("researcher", withdrawn, "withdraw")).EnsureSuccessStatusCode();

        var outcomes = await s["director"].PostJsonAsync<JsonElement[]>($"{ApprovalEngineScenario.Url}/bulk-approve", new { requestIds = new[] { first, withdrawn, third }, comment = "Fine" });

        outcomes.Select(o => (o.GetProperty("requestId").GetGuid(), o.GetProperty("approved").GetBoolean(), o.GetProperty("status").GetInt32(), o.GetProperty("code").GetString()))
            .ShouldBe([(first, true, 200, null), (withdrawn, false, 422, "MarketingSaaS:ApprovalRequestNotPending"), (third, true, 200, null)]);
        outcomes[1].GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
        ApprovalEngineScenario.Status(await s.GetAsync("director", third)).ShouldBe("Approved");
    }

    [Fact]
    public async Task Someone_who_is_not_an_approver_gets_a_403_outcome_and_nothing_changes()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();

        var outcomes = await s["finance"].PostJsonAsync<JsonElement[]>($"{ApprovalEngineScenario.Url}/bulk-approve", new { requestIds = new[] { id } });

        (outcomes.Single().GetProperty("status").GetInt32(), ApprovalEngineScenario.Status(await s.GetAsync("director", id))).ShouldBe((403, "Pending"));
    }

    [Fact]
    public async Task An_empty_selection_is_a_400_on_requestIds()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);

        var response = await s["director"].PostAsync($"{ApprovalEngineScenario.Url}/bulk-approve", new { requestIds = Array.Empty<Guid>() });

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("requestIds", out _).ShouldBeTrue();
    }
}

public sealed class ApprovalBulkApprovalTestsOnSqlite(SqliteApprovalEngineFixture fixture) : ApprovalBulkApprovalTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalBulkApprovalTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture) : ApprovalBulkApprovalTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
