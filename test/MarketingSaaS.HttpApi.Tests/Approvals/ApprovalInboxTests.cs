using System.Text.Json;
using MarketingSaaS.Approvals;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>"Waiting for me" pages the approver slots marked as waiting (pending, current stage, pending request).</summary>
public abstract class ApprovalInboxTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_inbox_pages_newest_first_with_the_full_count()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id());
        }

        var first = await s["director"].GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}?view=waiting-for-me&skipCount=0&maxResultCount=2");
        var second = await s["director"].GetJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}?view=waiting-for-me&skipCount=2&maxResultCount=2");

        first.GetProperty("totalCount").GetInt64().ShouldBe(3);
        Ids(first).ShouldBe([ids[2], ids[1]]);
        Ids(second).ShouldBe([ids[0]]);
    }

    [Fact]
    public async Task Only_the_current_stage_slots_of_pending_requests_are_marked_waiting()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var twoStages = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N"), 60_000m))).Id();
        var rejected = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();

        var submitted = await WaitingAsync(s.Session.TenantId);
        (await s.ActAsync("director", twoStages, "approve")).EnsureSuccessStatusCode();
        (await s.ActAsync("director", rejected, "reject", "no")).EnsureSuccessStatusCode();
        var decided = await WaitingAsync(s.Session.TenantId);
        (await s.ActAsync("vp", twoStages, "approve")).EnsureSuccessStatusCode();
        var approved = await WaitingAsync(s.Session.TenantId);

        submitted.ShouldBe([(twoStages, s.User("director")), (rejected, s.User("director"))], ignoreOrder: true);
        decided.ShouldBe([(twoStages, s.User("vp"))]);
        approved.ShouldBeEmpty();
    }

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private async Task<List<(Guid RequestId, Guid UserId)>> WaitingAsync(Guid tenantId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        return [.. (await db.Set<ApprovalStageApprover>().AsNoTracking().Where(a => a.IsWaiting).ToListAsync()).Select(a => (a.RequestId, a.UserId))];
    }
}

public sealed class ApprovalInboxTestsOnSqlite(SqliteApprovalEngineFixture fixture) : ApprovalInboxTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalInboxTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture) : ApprovalInboxTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
