using MarketingSaaS.Approvals;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.Positions;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Route resolution reads the org chart from a per-company cache that the company's <see cref="OrgChartStamp"/> invalidates.</summary>
public abstract class OrgChartSnapshotCacheTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_new_holder_of_a_post_approves_the_next_route()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        var before = await s.SimulateAsync(Request(s));
        var successor = (await s.Session.CreateUserAsync("new-director")).Id();

        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["市场部负责人"], [successor]);
        var after = await s.SimulateAsync(Request(s));

        ApprovalScenario.Stages(before).ShouldBe([[s.Users["director"]]]);
        ApprovalScenario.Stages(after).ShouldBe([[successor]]);
    }

    [Fact]
    public async Task Deleting_the_holder_of_a_post_is_seen_by_the_next_route()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        var before = await s.SimulateAsync(Request(s));

        (await s.Session.Admin.DeleteAsync($"/api/identity/users/{s.Users["director"]}")).EnsureSuccessStatusCode();
        var after = await s.SimulateAsync(Request(s));

        ApprovalScenario.Stages(before).ShouldBe([[s.Users["director"]]]);
        ApprovalScenario.Stages(after).ShouldBe([[s.Users["gm"]]]);
    }

    [Fact]
    public async Task The_cached_chart_is_used_until_the_stamp_changes_as_another_process_would_see_it()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        await s.SimulateAsync(Request(s));

        // A write that bypasses the application (no new stamp) is not seen: the route comes from the cache.
        await InTenantAsync(s.Session.TenantId, db => db.Set<PositionHolder>()
            .Where(h => h.PositionId == s.Positions["市场部负责人"].Id()).ExecuteDeleteAsync());
        var cached = await s.SimulateAsync(Request(s));
        // A new stamp (what every application write commits with the change) makes each process load the chart again.
        await InTenantAsync(s.Session.TenantId, async db =>
        {
            (await db.Set<OrgChartStamp>().SingleAsync()).Renew();
            return await db.SaveChangesAsync();
        });
        var reloaded = await s.SimulateAsync(Request(s));

        ApprovalScenario.Stages(cached).ShouldBe([[s.Users["director"]]]);
        ApprovalScenario.Stages(reloaded).ShouldBe([[s.Users["gm"]]]);
    }

    [Fact]
    public async Task Every_org_chart_write_renews_the_stamp_and_other_writes_do_not()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        var initial = await StampAsync(s.Session.TenantId);

        (await s.Session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Approvals.ReminderAfterHours"] = "30" } }))
            .EnsureSuccessStatusCode();
        var afterSetting = await StampAsync(s.Session.TenantId);
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["市场部负责人"], []);
        var afterHolders = await StampAsync(s.Session.TenantId);

        initial.ShouldNotBeNull();
        afterSetting.ShouldBe(initial);
        afterHolders.ShouldNotBeNull();
        afterHolders.ShouldNotBe(initial);
    }

    private static object Request(ApprovalScenario s) =>
        new { businessType = "Events.Event", amount = 1_000m, currency = "CNY", riskTier = "Tactical", requesterUserId = s.Users["researcher"] };

    private async Task<Guid?> StampAsync(Guid tenantId)
    {
        Guid? stamp = null;
        await InTenantAsync(tenantId, async db =>
        {
            stamp = (await db.Set<OrgChartStamp>().SingleOrDefaultAsync())?.Stamp;
            return 0;
        });
        return stamp;
    }

    private async Task InTenantAsync(Guid tenantId, Func<PlatformDbContext, Task<int>> action)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await action(await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync());
    }
}

public sealed class OrgChartSnapshotCacheTestsOnSqlite(SqliteApiFixture fixture) : OrgChartSnapshotCacheTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class OrgChartSnapshotCacheTestsOnPostgreSql(PostgreSqlApiFixture fixture) : OrgChartSnapshotCacheTests(fixture), IClassFixture<PostgreSqlApiFixture>;
