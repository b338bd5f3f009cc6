using MarketingSaaS.Approvals;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Each company has its own OrgChartStamp row and its own cached org chart snapshot.</summary>
public abstract class OrgChartStampIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Each_company_routes_through_its_own_cached_chart()
    {
        var a = await ApprovalScenario.CreateAsync(fixture);
        var b = await ApprovalScenario.CreateAsync(fixture);
        ApprovalScenario.Stages(await a.SimulateAsync(Request(a))).ShouldBe([[a.Users["director"]]]);
        ApprovalScenario.Stages(await b.SimulateAsync(Request(b))).ShouldBe([[b.Users["director"]]]);
        var stampOfB = await StampsAsync(b.Session.TenantId);

        var successor = (await a.Session.CreateUserAsync("a-new-director")).Id();
        await ApprovalScenario.SetHoldersAsync(a.Session.Admin, a.Positions["市场部负责人"], [successor]);

        ApprovalScenario.Stages(await a.SimulateAsync(Request(a))).ShouldBe([[successor]]);
        ApprovalScenario.Stages(await b.SimulateAsync(Request(b))).ShouldBe([[b.Users["director"]]]);
        (await StampsAsync(b.Session.TenantId)).ShouldBe(stampOfB);
    }

    [Fact]
    public async Task A_company_sees_only_its_own_stamp_row()
    {
        var a = await ApprovalScenario.CreateAsync(fixture);
        var b = await ApprovalScenario.CreateAsync(fixture);

        var ofA = await StampsAsync(a.Session.TenantId);
        var ofB = await StampsAsync(b.Session.TenantId);

        ofA.Select(s => s.TenantId).ShouldBe([a.Session.TenantId]);
        ofB.Select(s => s.TenantId).ShouldBe([b.Session.TenantId]);
    }

    private static object Request(ApprovalScenario s) =>
        new { businessType = "Events.Event", amount = 1_000m, currency = "CNY", riskTier = "Tactical", requesterUserId = s.Users["researcher"] };

    private async Task<List<(Guid TenantId, Guid Stamp)>> StampsAsync(Guid tenantId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        return [.. (await db.Set<OrgChartStamp>().AsNoTracking().ToListAsync()).Select(s => (s.TenantId, s.Stamp))];
    }
}

public sealed class OrgChartStampIsolationTestsOnSqlite(SqliteApiFixture fixture) : OrgChartStampIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class OrgChartStampIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : OrgChartStampIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
