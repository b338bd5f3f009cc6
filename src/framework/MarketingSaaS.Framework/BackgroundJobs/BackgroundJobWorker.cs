using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// One poll of every database: enqueue the due recurring ticks, claim a batch of due jobs, run each in
/// its own scope as its tenant, record the outcome. The hosted service calls <see cref="RunOnceAsync"/> in a loop;
/// tests call it directly. Several workers (processes) may poll the same database at once. While a job runs, its
/// lease is renewed (<see cref="BackgroundJobLeaseHeartbeat"/>).
/// </summary>
public sealed class BackgroundJobWorker(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IOptions<BackgroundJobOptions> options,
    BackgroundJobRegistry registry,
    ILogger<BackgroundJobWorker> logger)
{
    private const int MaxErrorLength = 4000;

    /// <summary>Names this worker in the lease column: process id and instance.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Returns the number of jobs run.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var count = await RunDatabaseAsync(null, cancellationToken);
        IReadOnlyList<Guid> tenants;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            tenants = scope.ServiceProvider.GetService<ITenantDatabaseSource>() is { } source
                ? await source.GetTenantsWithOwnDatabaseAsync(cancellationToken)
                : [];
        }

        foreach (var tenantId in tenants)
        {
            count += await RunDatabaseAsync(tenantId, cancellationToken);
        }

        return count;
    }

    /// <param name="databaseTenant">Null: the shared database; else the database of that tenant.</param>
    private async Task<int> RunDatabaseAsync(Guid? databaseTenant, CancellationToken cancellationToken)
    {
        await EnqueueDueSchedulesAsync(databaseTenant, cancellationToken);
        var now = clock.GetUtcNow();
        IReadOnlyList<BackgroundJobRecord> jobs;
        await using (var scope = scopeFactory.CreateAsyncScope())
        using (currentTenant.Change(databaseTenant))
        {
            jobs = await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>()
                .ClaimAsync(Owner, options.Value.BatchSize, now, now + options.Value.LeaseDuration, cancellationToken);
        }

        foreach (var job in jobs)
        {
            await RunAsync(job, databaseTenant, cancellationToken);
        }

        return jobs.Count;
    }

    private async Task RunAsync(BackgroundJobRecord job, Guid? databaseTenant, CancellationToken cancellationToken)
    {
        string? error = null;
        using var jobRun = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = BackgroundJobLeaseHeartbeat.Start(scopeFactory, currentTenant, clock, options.Value, logger, job, Owner, databaseTenant, jobRun);
        try
        {
            await ExecuteAsync(job, jobRun.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            error = e.ToString();
            if (error.Length > MaxErrorLength)
            {
                error = error[..MaxErrorLength];
            }
        }
        finally
        {
            await heartbeat.DisposeAsync();
        }

        if (heartbeat.LeaseLost)
        {
            return; // the job is another process's now (or deleted): nothing of this run is recorded
        }

        var now = clock.GetUtcNow();
        await using var scope = scopeFactory.CreateAsyncScope();
        using (currentTenant.Change(databaseTenant))
        {
            var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();
            if (error is null)
            {
                await store.CompleteAsync(job.Id, Owner, now, cancellationToken);
                return;
            }

            var dead = job.TryCount >= options.Value.MaxTries;
            DateTimeOffset? nextTry = dead ? null : now + BackgroundJobRetryPolicy.DelayAfter(job.TryCount, options.Value, Random.Shared.NextDouble());
            await store.FailAsync(job.Id, Owner, error, nextTry, now, cancellationToken);
            if (dead)
            {
                logger.LogError("Background job {JobId} ({JobName}, tenant {TenantId}) is dead after {TryCount} tries: {Error}", job.Id, job.JobName, job.TenantId, job.TryCount, error);
            }
            else
            {
                logger.LogWarning("Background job {JobId} ({JobName}) failed try {TryCount}; next try at {NextTry}: {Error}", job.Id, job.JobName, job.TryCount, nextTry, error);
            }
        }
    }

    private async Task ExecuteAsync(BackgroundJobRecord job, CancellationToken cancellationToken)
    {
        var definition = registry.Find(job.JobName)
            ?? throw new InvalidOperationException($"No background job is registered as '{job.JobName}' in this process.");
        var args = BackgroundJobJson.Deserialize(job.ArgsJson, definition.ArgsType);
        await using var scope = scopeFactory.CreateAsyncScope();
        using (currentTenant.Change(job.TenantId))
        {
            // One unit of work per run: a job that fails halfway leaves nothing, not even the jobs it enqueued.
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            var instance = scope.ServiceProvider.GetRequiredService(definition.JobType);
            await definition.Execute(instance, args, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task EnqueueDueSchedulesAsync(Guid? databaseTenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopeFactory.CreateAsyncScope();
        using (currentTenant.Change(databaseTenant))
        {
            var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();
            var timeZones = scope.ServiceProvider.GetRequiredService<ScheduleTimeZoneResolver>();
            foreach (var schedule in await store.GetDueSchedulesAsync(now, cancellationToken))
            {
                var zone = await timeZones.ResolveAsync(schedule.TenantId, schedule.TimeZoneId, cancellationToken);
                var next = CronSchedule.NextAfter(schedule.CronExpression, zone, now);
                var job = new BackgroundJobRecord(SequentialGuid.Create(), schedule.TenantId, schedule.JobName, schedule.ArgsJson, now, now,
                    $"schedule:{schedule.Id:N}:{schedule.NextRunTime.UtcTicks}");
                await store.AdvanceScheduleAsync(schedule.Id, schedule.NextRunTime, next, job, cancellationToken);
            }
        }
    }
}
