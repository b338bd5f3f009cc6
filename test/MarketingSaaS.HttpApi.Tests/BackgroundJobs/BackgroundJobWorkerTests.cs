using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>Several workers on one database (in one process here; the multi-process test is PostgreSQL-only).</summary>
public abstract class BackgroundJobWorkerTests(ApiFixture fixture)
{
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task Two_workers_draining_one_queue_run_each_job_exactly_once()
    {
        var a = await fixture.SignUpAsync();
        var prefix = Guid.NewGuid().ToString("N");
        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(a.TenantId))
        {
            var manager = scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>();
            for (var i = 0; i < 60; i++)
            {
                await manager.EnqueueAsync(new CountingJobArgs($"{prefix}-{i}"));
            }

            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        var counts = await Task.WhenAll(
            Task.Run(() => BackgroundJobTestContext.DrainAsync(_jobs.NewWorker())),
            Task.Run(() => BackgroundJobTestContext.DrainAsync(_jobs.NewWorker())));

        counts.Sum().ShouldBeGreaterThanOrEqualTo(60);
        Enumerable.Range(0, 60).Select(i => _jobs.Recorder.RunsOf($"{prefix}-{i}")).ShouldAllBe(n => n == 1);
    }

    [Fact]
    public async Task A_job_whose_worker_died_is_claimed_again_once_its_lease_expires_and_the_dead_worker_cannot_complete_it()
    {
        var a = await fixture.SignUpAsync();
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        var key = Guid.NewGuid().ToString();
        var id = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(key));

        // A worker that claims the job and then "dies": the claim is all it ever writes.
        var now = _jobs.Clock.GetUtcNow();
        using (var scope = fixture.Services.CreateScope())
        {
            var claimed = await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>().ClaimAsync("dead-worker", 10, now, now + TimeSpan.FromMinutes(5));
            claimed.Select(j => j.Id).ShouldBe([id]);
        }

        var survivor = _jobs.NewWorker();
        _jobs.Clock.Advance(TimeSpan.FromMinutes(4));
        (await survivor.RunOnceAsync()).ShouldBe(0, "the lease still holds");
        _jobs.Clock.Advance(TimeSpan.FromMinutes(1));
        (await survivor.RunOnceAsync()).ShouldBe(1);

        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>().FailAsync(id, "dead-worker", "late", null, _jobs.Clock.GetUtcNow());
        }

        var job = (await _jobs.FindAsync(id))!;
        job.State.ShouldBe(BackgroundJobState.Succeeded);
        job.TryCount.ShouldBe(2);
        job.LastError.ShouldBeNull();
        _jobs.Recorder.RunsOf(key).ShouldBe(1);
    }

    [Fact]
    public async Task A_job_name_this_process_does_not_know_fails_instead_of_stopping_the_worker()
    {
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        var id = await _jobs.EnqueueAsync(null, new CountingJobArgs(Guid.NewGuid().ToString()));
        using (var scope = fixture.Services.CreateScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<MarketingSaaS.Framework.EntityFrameworkCore.DbContexts.IDbContextProvider<MarketingSaaS.EntityFrameworkCore.PlatformDbContext>>().GetDbContextAsync();
            var job = await db.BackgroundJobs.FindAsync(id);
            db.Entry(job!).Property(j => j.JobName).CurrentValue = "Tests.Unknown";
            await db.SaveChangesAsync();
        }

        (await _jobs.Worker.RunOnceAsync()).ShouldBe(1);

        var failed = (await _jobs.FindAsync(id))!;
        failed.State.ShouldBe(BackgroundJobState.Failed);
        failed.LastError!.ShouldContain("Tests.Unknown");
        using (var scope = fixture.Services.CreateScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<MarketingSaaS.Framework.EntityFrameworkCore.DbContexts.IDbContextProvider<MarketingSaaS.EntityFrameworkCore.PlatformDbContext>>().GetDbContextAsync();
            db.BackgroundJobs.Remove((await db.BackgroundJobs.FindAsync(id))!); // keep it from running in the other tests of this class
            await db.SaveChangesAsync();
        }
    }
}

public sealed class BackgroundJobWorkerTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobWorkerTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobWorkerTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobWorkerTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
