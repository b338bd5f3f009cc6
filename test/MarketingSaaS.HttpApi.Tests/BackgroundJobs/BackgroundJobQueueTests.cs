using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

public abstract class BackgroundJobQueueTests(ApiFixture fixture)
{
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task A_job_runs_once_in_its_own_tenant_and_sees_only_that_tenants_rows()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();

        var id = await _jobs.EnqueueAsync(a.TenantId, new TenantProbeJobArgs(key));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);

        var (current, visible) = _jobs.Recorder.TenantProbes[key];
        current.ShouldBe(a.TenantId);
        visible.ShouldBe([a.TenantId]);
        visible.ShouldNotContain(b.TenantId);
        _jobs.Recorder.RunsOf(key).ShouldBe(1);
        var job = (await _jobs.FindAsync(id))!;
        job.State.ShouldBe(BackgroundJobState.Succeeded);
        job.TenantId.ShouldBe(a.TenantId);
        job.TryCount.ShouldBe(1);
        job.FinishedTime.ShouldBe(_jobs.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_delayed_job_waits_until_its_time()
    {
        var a = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(key), new BackgroundJobEnqueueOptions(Delay: TimeSpan.FromMinutes(5)));

        _jobs.Clock.Advance(TimeSpan.FromMinutes(4));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(0);

        _jobs.Clock.Advance(TimeSpan.FromMinutes(1));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_job_backs_off_exponentially_with_bounded_jitter_then_dies_after_the_cap()
    {
        var a = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        var id = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(key, FailTimes: 100));

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await _jobs.Worker.RunOnceAsync()).ShouldBe(1);
            var job = (await _jobs.FindAsync(id))!;
            job.TryCount.ShouldBe(attempt);
            job.LastError!.ShouldContain($"Planned failure {attempt} of 100");
            if (attempt < 4)
            {
                job.State.ShouldBe(BackgroundJobState.Failed);
                var delay = job.NextTryTime - _jobs.Clock.GetUtcNow();
                delays.Add(delay);
                (await _jobs.Worker.RunOnceAsync()).ShouldBe(0, "not due before its next try time");
                _jobs.Clock.Advance(delay - TimeSpan.FromSeconds(1));
                (await _jobs.Worker.RunOnceAsync()).ShouldBe(0, "not due one second before its next try time");
                _jobs.Clock.Advance(TimeSpan.FromSeconds(1));
            }
            else
            {
                job.State.ShouldBe(BackgroundJobState.Dead);
                job.FinishedTime.ShouldBe(_jobs.Clock.GetUtcNow());
            }
        }

        // base 10 s doubling (10, 20, 40), each plus at most 20 % jitter
        for (var i = 0; i < delays.Count; i++)
        {
            var floor = TimeSpan.FromSeconds(10 * Math.Pow(2, i));
            delays[i].ShouldBeGreaterThanOrEqualTo(floor);
            delays[i].ShouldBeLessThanOrEqualTo(floor * 1.2);
        }

        _jobs.Clock.Advance(TimeSpan.FromDays(1));
        (await _jobs.Worker.RunOnceAsync()).ShouldBe(0, "a dead job is not tried again");
        _jobs.Recorder.RunsOf(key).ShouldBe(4);
    }

    [Fact]
    public void The_backoff_is_capped_and_the_jitter_stays_within_its_share()
    {
        var options = new BackgroundJobOptions { RetryBaseDelay = TimeSpan.FromSeconds(10), RetryMaxDelay = TimeSpan.FromMinutes(1), RetryJitter = 0.2 };

        BackgroundJobRetryPolicy.DelayAfter(1, options, 0).ShouldBe(TimeSpan.FromSeconds(10));
        BackgroundJobRetryPolicy.DelayAfter(3, options, 0).ShouldBe(TimeSpan.FromSeconds(40));
        BackgroundJobRetryPolicy.DelayAfter(3, options, 0.999).ShouldBeLessThan(TimeSpan.FromSeconds(48));
        BackgroundJobRetryPolicy.DelayAfter(10, options, 0).ShouldBe(TimeSpan.FromMinutes(1));
        BackgroundJobRetryPolicy.DelayAfter(50, options, 1).ShouldBe(TimeSpan.FromMinutes(1.2));
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_gives_one_job_per_tenant()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        var options = new BackgroundJobEnqueueOptions(IdempotencyKey: "invoice-" + key);

        var first = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(key), options);
        var second = await _jobs.EnqueueAsync(a.TenantId, new CountingJobArgs(key), options);
        var otherTenant = await _jobs.EnqueueAsync(b.TenantId, new CountingJobArgs(key), options);
        var host = await _jobs.EnqueueAsync(null, new CountingJobArgs(key), options);
        var hostAgain = await _jobs.EnqueueAsync(null, new CountingJobArgs(key), options);

        second.ShouldBe(first);
        otherTenant.ShouldNotBe(first);
        hostAgain.ShouldBe(host);
        host.ShouldNotBe(first);
        var rows = (await _jobs.ListAsync("Tests.Counting")).Where(j => j.IdempotencyKey == "invoice-" + key).ToList();
        rows.Select(r => r.TenantId).OrderBy(t => t).ShouldBe(new Guid?[] { null, a.TenantId, b.TenantId }.OrderBy(t => t));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(3);
    }

    [Fact]
    public async Task The_same_key_twice_in_one_unit_of_work_adds_one_job()
    {
        var a = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(a.TenantId))
        {
            var manager = scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>();
            var first = await manager.EnqueueAsync(new CountingJobArgs(key), new BackgroundJobEnqueueOptions(IdempotencyKey: key));
            var second = await manager.EnqueueAsync(new CountingJobArgs(key), new BackgroundJobEnqueueOptions(IdempotencyKey: key));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            second.ShouldBe(first);
        }

        (await _jobs.ListAsync("Tests.Counting")).Count(j => j.IdempotencyKey == key).ShouldBe(1);
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(1);
    }

    [Fact]
    public async Task An_enqueued_job_is_stored_with_the_business_transaction_and_vanishes_on_rollback()
    {
        var a = await fixture.SignUpAsync();
        var rolledBack = Guid.NewGuid().ToString();
        var committed = Guid.NewGuid().ToString();

        await EnqueueInTransactionAsync(a.TenantId, rolledBack, commit: false);
        await EnqueueInTransactionAsync(a.TenantId, committed, commit: true);

        var rows = await _jobs.ListAsync("Tests.Counting");
        rows.ShouldNotContain(j => j.ArgsJson.Contains(rolledBack));
        rows.Count(j => j.ArgsJson.Contains(committed)).ShouldBe(1);
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(rolledBack).ShouldBe(0);
        _jobs.Recorder.RunsOf(committed).ShouldBe(1);
    }

    [Fact]
    public async Task Enqueuing_without_saving_the_unit_of_work_stores_nothing()
    {
        var a = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(a.TenantId))
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new CountingJobArgs(key));
        }

        (await _jobs.ListAsync("Tests.Counting")).ShouldNotContain(j => j.ArgsJson.Contains(key));
    }

    private async Task EnqueueInTransactionAsync(Guid tenantId, string key, bool commit)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new CountingJobArgs(key));
            await unitOfWork.SaveChangesAsync(); // written inside the transaction
            if (commit)
            {
                await transaction.CommitAsync();
            }
        }
    }
}

public sealed class BackgroundJobQueueTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobQueueTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobQueueTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobQueueTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
