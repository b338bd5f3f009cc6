namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// Enqueues jobs. The job row joins the current unit of work (outbox): it is stored by the same
/// SaveChanges as the business data and disappears with it on rollback.
/// </summary>
public interface IBackgroundJobManager
{
    Task<Guid> EnqueueAsync<TArgs>(TArgs args, BackgroundJobEnqueueOptions? options = null, CancellationToken cancellationToken = default)
        where TArgs : notnull;
}
