using System.Net;
using System.Text.Json;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// <see cref="BackgroundJobRecord"/> is not IMultiTenant (host jobs have no tenant), so the admin API filters by
/// tenant itself: tenant B can neither list, get, retry nor delete tenant A's jobs; the host admin sees all.
/// </summary>
public abstract class BackgroundJobIsolationTests(ApiFixture fixture)
{
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task Another_tenant_cannot_list_get_retry_or_delete_a_tenants_BackgroundJobRecord()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aJob = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(Guid.NewGuid().ToString()), new(Delay: TimeSpan.FromDays(365)));
        var bJob = await _jobs.EnqueueAsync(b.TenantId, new CountingJobArgs(Guid.NewGuid().ToString()), new(Delay: TimeSpan.FromDays(365)));
        var hostJob = await _jobs.EnqueueAsync(null, new CountingJobArgs(Guid.NewGuid().ToString()), new(Delay: TimeSpan.FromDays(365)));

        var bList = await b.Admin.GetJsonAsync<JsonElement>("/api/background-jobs?maxResultCount=1000");
        var bIds = bList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        bIds.ShouldBe([bJob]);
        bList.GetProperty("totalCount").GetInt64().ShouldBe(1);

        (await b.Admin.GetAsync($"/api/background-jobs/{aJob}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/background-jobs/{hostJob}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"/api/background-jobs/{aJob}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync($"/api/background-jobs/{aJob}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _jobs.FindAsync(aJob)).ShouldNotBeNull();
        (await a.Admin.GetJsonAsync<JsonElement>($"/api/background-jobs/{aJob}")).GetProperty("tenantId").GetGuid().ShouldBe(a.TenantId);
    }

    [Fact]
    public async Task The_host_admin_sees_every_tenants_jobs_and_the_host_jobs()
    {
        var a = await fixture.SignUpAsync();
        var aJob = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(Guid.NewGuid().ToString()), new(Delay: TimeSpan.FromDays(365)));
        var hostJob = await _jobs.EnqueueAsync(null, new CountingJobArgs(Guid.NewGuid().ToString()), new(Delay: TimeSpan.FromDays(365)));
        var host = await HostAdmin.SignInAsync(fixture);

        var ids = (await host.GetJsonAsync<JsonElement>("/api/background-jobs?maxResultCount=1000")).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        ids.ShouldContain(aJob);
        ids.ShouldContain(hostJob);
        (await host.GetJsonAsync<JsonElement>($"/api/background-jobs/{aJob}")).GetProperty("tenantId").GetGuid().ShouldBe(a.TenantId);
        (await a.Admin.GetAsync($"/api/background-jobs/{hostJob}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class BackgroundJobIsolationTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobIsolationTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobIsolationTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobIsolationTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
