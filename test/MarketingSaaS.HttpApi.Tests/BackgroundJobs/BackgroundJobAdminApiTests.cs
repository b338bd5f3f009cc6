using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

public abstract class BackgroundJobAdminApiTests(ApiFixture fixture)
{
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task An_admin_lists_dead_jobs_inspects_one_and_a_retry_revives_it_until_it_succeeds()
    {
        var a = await fixture.SignUpAsync();
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        var key = Guid.NewGuid().ToString();
        var id = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(key, FailTimes: 4));
        for (var i = 0; i < 4; i++)
        {
            await _jobs.Worker.RunOnceAsync();
            _jobs.Clock.Advance(TimeSpan.FromMinutes(2));
        }

        var dead = await a.Admin.GetJsonAsync<JsonElement>("/api/background-jobs?state=Dead&maxResultCount=10");
        dead.GetProperty("totalCount").GetInt64().ShouldBe(1);
        dead.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(id);
        var details = await a.Admin.GetJsonAsync<JsonElement>($"/api/background-jobs/{id}");
        details.GetProperty("state").GetString().ShouldBe("Dead");
        details.GetProperty("tryCount").GetInt32().ShouldBe(4);
        details.GetProperty("jobName").GetString().ShouldBe("Tests.Counting");
        details.GetProperty("argsJson").GetString()!.ShouldContain(key);
        details.GetProperty("lastError").GetString()!.ShouldContain("Planned failure 4 of 4");

        var retried = await a.Admin.PostJsonAsync<JsonElement>($"/api/background-jobs/{id}/retry", null);
        retried.GetProperty("state").GetString().ShouldBe("Waiting");
        retried.GetProperty("tryCount").GetInt32().ShouldBe(0);
        (await _jobs.Worker.RunOnceAsync()).ShouldBe(1);

        var succeeded = await a.Admin.GetJsonAsync<JsonElement>($"/api/background-jobs/{id}");
        succeeded.GetProperty("state").GetString().ShouldBe("Succeeded");
        _jobs.Recorder.RunsOf(key).ShouldBe(5);
        var again = await a.Admin.PostAsync($"/api/background-jobs/{id}/retry", null);
        (await again.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("BackgroundJobs:OnlyFailedOrDeadCanBeRetried");
    }

    [Fact]
    public async Task Lists_are_paged_newest_first_and_filtered_by_state_and_delete_removes_a_job()
    {
        var a = await fixture.SignUpAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(Guid.NewGuid().ToString()), new(Delay: TimeSpan.FromDays(365))));
        }

        var page = await a.Admin.GetJsonAsync<JsonElement>("/api/background-jobs?state=Waiting&skipCount=1&maxResultCount=1");
        page.GetProperty("totalCount").GetInt64().ShouldBe(3);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(ids[1]);
        (await a.Admin.GetJsonAsync<JsonElement>("/api/background-jobs?state=Succeeded")).GetProperty("totalCount").GetInt64().ShouldBe(0);

        (await a.Admin.DeleteAsync($"/api/background-jobs/{ids[0]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await a.Admin.GetAsync($"/api/background-jobs/{ids[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetJsonAsync<JsonElement>("/api/background-jobs")).GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Staff_without_the_permission_get_403()
    {
        var a = await fixture.SignUpAsync();
        var staff = await a.CreateStaffClientAsync();

        (await staff.GetAsync("/api/background-jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class BackgroundJobAdminApiTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobAdminApiTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobAdminApiTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobAdminApiTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
