using System.Text.Json;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>A job run is one unit of work: what it saved, including the jobs it enqueued, stays only if it finishes.</summary>
public abstract class BackgroundJobUnitOfWorkTests(ApiFixture fixture)
{
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task A_job_that_fails_after_saving_leaves_neither_its_rows_nor_the_jobs_it_enqueued()
    {
        var session = await fixture.SignUpAsync();
        var (unitName, followUp) = ("Halfway " + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString());
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);

        var id = await _jobs.EnqueueAsync(session.TenantId, new HalfwayFailingJobArgs(unitName, followUp, Fail: true));
        (await _jobs.Worker.RunOnceAsync()).ShouldBe(1);

        var job = (await _jobs.FindAsync(id))!;
        job.State.ShouldBe(BackgroundJobState.Failed);
        job.LastError!.ShouldContain("Planned failure after saving");
        (await UnitNamesAsync(session)).ShouldNotContain(unitName);
        (await _jobs.ListAsync("Tests.Counting")).ShouldNotContain(j => j.ArgsJson.Contains(followUp));
    }

    [Fact]
    public async Task A_job_that_finishes_keeps_its_rows_and_the_jobs_it_enqueued()
    {
        var session = await fixture.SignUpAsync();
        var (unitName, followUp) = ("Finished " + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString());
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);

        var id = await _jobs.EnqueueAsync(session.TenantId, new HalfwayFailingJobArgs(unitName, followUp, Fail: false));
        (await _jobs.Worker.RunOnceAsync()).ShouldBe(1);

        (await _jobs.FindAsync(id))!.State.ShouldBe(BackgroundJobState.Succeeded);
        (await UnitNamesAsync(session)).ShouldContain(unitName);
        (await _jobs.ListAsync("Tests.Counting")).Count(j => j.ArgsJson.Contains(followUp)).ShouldBe(1);
    }

    private static async Task<List<string>> UnitNamesAsync(MarketingSaaS.TestBase.Clients.TenantSession session) =>
        [.. (await session.Admin.GetJsonAsync<JsonElement>("/api/org/units")).EnumerateArray().Select(u => u.GetProperty("displayName").GetString()!)];
}

public sealed class BackgroundJobUnitOfWorkTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobUnitOfWorkTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobUnitOfWorkTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobUnitOfWorkTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
