using System.Net;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>
/// Issue 20, defect 6: two opposite delegations posted at the same moment on PostgreSQL (real concurrent transactions):
/// the company's delegation lock lets exactly one through, the other sees it and is refused as a cycle.
/// </summary>
public abstract class ApprovalDelegationConcurrencyTests(ApiFixture fixture)
{
    [Fact]
    public async Task Opposite_delegations_at_the_same_moment_never_form_a_cycle()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = fixture.Factory.Clock.GetUtcNow();

        for (var round = 1; round <= 3; round++)
        {
            var answers = await Task.WhenAll(
                s.DelegateAsync("director", "vp", now, now.AddDays(1)),
                s.DelegateAsync("vp", "director", now, now.AddDays(1)));

            var winner = answers.Single(a => a.StatusCode == HttpStatusCode.Created);
            var loser = answers.Single(a => a != winner);
            (await loser.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalDelegationCycle");
            var delegation = await winner.ReadAsAsync<System.Text.Json.JsonElement>();
            (await s.Session.Admin.PostAsync($"{ApprovalDelegationClient.Url}/{delegation.Id()}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}

public sealed class ApprovalDelegationConcurrencyTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalDelegationConcurrencyTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
