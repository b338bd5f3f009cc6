namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// The queue's storage, in the database of the current tenant scope (the shared database when the
/// scope has no tenant or the tenant has no database of its own). Every state change is conditional
/// on the caller still holding the lease, so a process whose lease ran out cannot overwrite a newer run.
/// </summary>
public interface IBackgroundJobStore
{
    /// <summary>Takes up to <paramref name="batchSize"/> due jobs (waiting or failed and due, or running with an expired lease).</summary>
    Task<IReadOnlyList<BackgroundJobRecord>> ClaimAsync(string owner, int batchSize, DateTimeOffset now, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of a job this owner still runs; false when the lease was lost (taken over or the job deleted).</summary>
    Task<bool> RenewLeaseAsync(Guid jobId, string owner, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken = default);

    Task CompleteAsync(Guid jobId, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary><paramref name="nextTryTime"/> null: out of tries, the job is dead.</summary>
    Task FailAsync(Guid jobId, string owner, string error, DateTimeOffset? nextTryTime, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RecurringJobSchedule>> GetDueSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the schedule from <paramref name="due"/> to <paramref name="next"/> and enqueues <paramref name="job"/>,
    /// together; false (nothing enqueued) when another process advanced it first.
    /// </summary>
    Task<bool> AdvanceScheduleAsync(Guid scheduleId, DateTimeOffset due, DateTimeOffset next, BackgroundJobRecord job, CancellationToken cancellationToken = default);
}
