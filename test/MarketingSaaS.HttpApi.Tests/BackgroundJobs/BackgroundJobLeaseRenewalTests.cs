using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// A running job's lease is renewed while its worker lives. The renewal beats in real time (50 ms here); the
/// expiry it writes comes from the test clock, which the tests move past the 5-minute lease.
/// </summary>
public abstract class BackgroundJobLeaseRenewalTests(ApiFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task A_job_running_longer_than_its_lease_keeps_it_while_its_worker_lives_and_runs_once()
    {
        var key = Guid.NewGuid().ToString();
        var id = await _jobs.EnqueueAsync(null, new BlockingJobArgs(key));
        var runner = _jobs.NewWorker(o => o.LeaseRenewInterval = TimeSpan.FromMilliseconds(50));
        var other = _jobs.NewWorker();
        var gate = _jobs.Recorder.GateOf(key);
        var run = Task.Run(() => BackgroundJobTestContext.DrainAsync(runner));
        await gate.Started.Task.WaitAsync(Patience);

        for (var round = 0; round < 2; round++)
        {
            _jobs.Clock.Advance(TimeSpan.FromMinutes(6)); // past the lease the job was claimed (or last renewed) with
            await WaitForLeaseBeyondAsync(id, _jobs.Clock.GetUtcNow());
            await other.RunOnceAsync();
            _jobs.Recorder.RunsOf(key).ShouldBe(1, "the other worker must not take a job whose worker renews its lease");
        }

        gate.Release.TrySetResult();
        await run.WaitAsync(Patience);

        var job = (await _jobs.FindAsync(id))!;
        job.State.ShouldBe(BackgroundJobState.Succeeded);
        job.TryCount.ShouldBe(1);
        job.LeaseOwner.ShouldBeNull();
        job.LeaseExpiresAt.ShouldBeNull();
        _jobs.Recorder.RunsOf(key).ShouldBe(1);
    }

    [Fact]
    public async Task Without_renewal_a_job_outliving_its_lease_is_taken_over_by_another_worker()
    {
        var key = Guid.NewGuid().ToString();
        var id = await _jobs.EnqueueAsync(null, new BlockingJobArgs(key));
        var slow = _jobs.NewWorker(o => o.LeaseRenewInterval = TimeSpan.FromHours(1)); // as if the renewals could not reach the database
        var gate = _jobs.Recorder.GateOf(key);
        var run = Task.Run(() => slow.RunOnceAsync());
        await gate.Started.Task.WaitAsync(Patience);

        _jobs.Clock.Advance(TimeSpan.FromMinutes(6));
        var takeover = Task.Run(() => _jobs.NewWorker().RunOnceAsync());
        await WaitUntilAsync(() => _jobs.Recorder.RunsOf(key) == 2);
        gate.Release.TrySetResult();
        await Task.WhenAll(run, takeover).WaitAsync(Patience);

        var job = (await _jobs.FindAsync(id))!;
        job.State.ShouldBe(BackgroundJobState.Succeeded);
        job.TryCount.ShouldBe(2, "the lease ran out, so the job was claimed a second time: this is what renewal prevents");
    }

    [Fact]
    public async Task A_worker_that_finds_its_lease_taken_cancels_the_job_and_records_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var id = await _jobs.EnqueueAsync(null, new BlockingJobArgs(key));
        var runner = _jobs.NewWorker(o => o.LeaseRenewInterval = TimeSpan.FromMilliseconds(50));
        var gate = _jobs.Recorder.GateOf(key);
        var run = Task.Run(() => runner.RunOnceAsync());
        await gate.Started.Task.WaitAsync(Patience);

        await UpdateJobAsync(id, q => q.ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, "another-process")));
        await gate.Cancelled.Task.WaitAsync(Patience);
        await run.WaitAsync(Patience);

        var job = (await _jobs.FindAsync(id))!;
        job.State.ShouldBe(BackgroundJobState.Running);
        job.LeaseOwner.ShouldBe("another-process");
        job.LastError.ShouldBeNull();
        await UpdateJobAsync(id, q => q.ExecuteDeleteAsync()); // keep it from running in the other tests of this class
    }

    private async Task WaitForLeaseBeyondAsync(Guid id, DateTimeOffset now) =>
        await WaitUntilAsync(async () => (await _jobs.FindAsync(id))!.LeaseExpiresAt > now);

    private static async Task WaitUntilAsync(Func<bool> condition) => await WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience; // real time: the renewal beats in real time
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            await Task.Delay(20);
        }
    }

    private async Task UpdateJobAsync(Guid id, Func<IQueryable<BackgroundJobRecord>, Task<int>> change)
    {
        using var scope = fixture.Services.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        (await change(db.BackgroundJobs.Where(j => j.Id == id))).ShouldBe(1);
    }
}

public sealed class BackgroundJobLeaseRenewalTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobLeaseRenewalTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobLeaseRenewalTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobLeaseRenewalTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
