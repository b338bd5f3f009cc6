using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>ApprovalPolicy and its ApprovalRule rows belong to one company.</summary>
public abstract class ApprovalPolicyIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_list_get_update_delete_or_reference_policies()
    {
        var a = await ApprovalScenario.CreateAsync(fixture);
        var b = await fixture.SignUpAsync();
        var aPolicy = (await a.Session.Admin.GetJsonAsync<JsonElement[]>("/api/approvals/policies"))[0];

        (await b.Admin.GetJsonAsync<JsonElement[]>("/api/approvals/policies")).ShouldBeEmpty();
        (await b.Admin.GetAsync($"/api/approvals/policies/{aPolicy.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/approvals/policies/{aPolicy.Id()}", new { name = "x", rules = Array.Empty<object>(), concurrencyStamp = aPolicy.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync($"/api/approvals/policies/{aPolicy.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var usingAPosition = await b.Admin.PostAsync("/api/approvals/policies", new
        {
            businessType = "Events.Event",
            name = "B",
            rules = new[] { new { name = "A's GM", currency = "CNY", stages = new[] { new { mode = "Any", approvers = new[] { new { kind = "Position", positionId = (Guid?)a.Positions["总经理"].Id() } } } } } },
        });
        (await usingAPosition.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidApprover");
        var simulateInB = await b.Admin.PostAsync("/api/approvals/policies/simulate", new { businessType = "Events.Event", amount = 1m, currency = "CNY", riskTier = "Tactical" });
        (await simulateInB.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NoApprovalPolicy");
        (await a.Session.Admin.GetJsonAsync<JsonElement>($"/api/approvals/policies/{aPolicy.Id()}")).GetProperty("rules").GetArrayLength().ShouldBeGreaterThan(0);
    }
}

public sealed class ApprovalPolicyIsolationTestsOnSqlite(SqliteApiFixture fixture) : ApprovalPolicyIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalPolicyIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalPolicyIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
