namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// A unit of work that outlives a request. It runs in its own DI scope, with the tenant that enqueued it
/// as the current tenant; it may run more than once (retries), so it must be idempotent.
/// </summary>
public interface IBackgroundJob<in TArgs>
{
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}
