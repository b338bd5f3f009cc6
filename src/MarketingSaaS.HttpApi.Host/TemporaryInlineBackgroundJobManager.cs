using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS;

/// <summary>
/// TEMPORARY stand-in until the persistent queue (branch background-jobs) is merged: delete this file and its
/// registration line in <see cref="MarketingSaaSHttpApiHostModule"/>. Runs each job once, right after enqueue, on
/// the thread pool in a new DI scope with the enqueuing tenant; failures are only logged (no retries, no outbox).
/// </summary>
public sealed class TemporaryInlineBackgroundJobManager(IServiceScopeFactory scopes, ICurrentTenant currentTenant, ILogger<TemporaryInlineBackgroundJobManager> logger)
    : IBackgroundJobManager
{
    public Task<Guid> EnqueueAsync<TArgs>(TArgs args, BackgroundJobEnqueueOptions? options = null, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        var id = Guid.CreateVersion7();
        var tenantId = currentTenant.Id;
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(id, tenantId, args, options?.Delay ?? TimeSpan.Zero), CancellationToken.None);
        }

        return Task.FromResult(id);
    }

    private async Task RunAsync<TArgs>(Guid id, Guid? tenantId, TArgs args, TimeSpan delay)
        where TArgs : notnull
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
            }

            await using var scope = scopes.CreateAsyncScope();
            using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
            {
                await scope.ServiceProvider.GetRequiredService<IBackgroundJob<TArgs>>().ExecuteAsync(args, CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Background job {JobId} ({ArgsType}) failed.", id, typeof(TArgs).Name);
        }
    }
}
