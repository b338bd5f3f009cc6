using MarketingSaaS.TestBase.Clients;
using System.Net;
using System.Text.Json;
using MarketingSaaS.Approvals;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Another company can neither list, read, decide nor withdraw an ApprovalRequest, nor see its ApprovalStage, ApprovalStageApprover or ApprovalDecision rows.</summary>
public abstract class ApprovalRequestIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_list_get_decide_or_withdraw_a_request()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await a.SubmitAsync(ApprovalEngineScenario.Request("shared-subject", 60_000m))).Id();

        foreach (var client in new[] { b.Session.Admin, b["director"], b["researcher"] })
        {
            (await client.GetAsync($"{ApprovalEngineScenario.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            foreach (var view in new[] { "waiting-for-me", "decided-by-me", "submitted-by-me" })
            {
                (await client.GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}?view={view}")).GetProperty("totalCount").GetInt64().ShouldBe(0);
            }
        }

        foreach (var action in new[] { "approve", "reject", "return" })
        {
            (await b.ActAsync("director", id, action, "no")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await b.ActAsync("researcher", id, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/resubmit", new { title = "x", amount = 1m, currency = "CNY" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The same subject reference is independent per company.
        (await b.SubmitAsync(ApprovalEngineScenario.Request("shared-subject"))).Id().ShouldNotBe(id);

        var original = await a.GetAsync("researcher", id);
        ApprovalEngineScenario.Status(original).ShouldBe("Pending");
        ApprovalEngineScenario.Log(original).ShouldBe(["Submitted"]);
        (await a.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
    }

    [Fact]
    public async Task Stage_approver_and_decision_rows_are_filtered_by_tenant()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        await a.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m));

        (await CountAsync(a.Session.TenantId)).ShouldBe((1, 2, 2, 1));
        (await CountAsync(b.Session.TenantId)).ShouldBe((0, 0, 0, 0));
    }

    private async Task<(int Requests, int Stages, int Approvers, int Decisions)> CountAsync(Guid tenantId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        return (
            await db.Set<ApprovalRequest>().CountAsync(),
            await db.Set<ApprovalStage>().CountAsync(),
            await db.Set<ApprovalStageApprover>().CountAsync(),
            await db.Set<ApprovalDecision>().CountAsync());
    }
}

public sealed class ApprovalRequestIsolationTestsOnSqlite(SqliteApiFixture fixture) : ApprovalRequestIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalRequestIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalRequestIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
