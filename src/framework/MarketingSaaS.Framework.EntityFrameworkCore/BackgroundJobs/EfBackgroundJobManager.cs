using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Adds the job row to the scope's <typeparamref name="TContext"/> (the current tenant's database) without
/// saving: the unit of work stores it with the business data, a rollback drops it (outbox).
/// </summary>
public sealed class EfBackgroundJobManager<TContext>(
    IDbContextProvider<TContext> contexts,
    BackgroundJobRegistry registry,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IBackgroundJobManager
    where TContext : MarketingDbContext
{
    public async Task<Guid> EnqueueAsync<TArgs>(TArgs args, BackgroundJobEnqueueOptions? options = null, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        var definition = registry.GetByArgs(typeof(TArgs));
        var db = await contexts.GetDbContextAsync(cancellationToken);
        var tenantId = currentTenant.Id;
        var key = options?.IdempotencyKey;
        if (key is not null && await FindByKeyAsync(db, tenantId, key, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = clock.GetUtcNow();
        var job = new BackgroundJobRecord(SequentialGuid.Create(), tenantId, definition.Name, BackgroundJobJson.Serialize(args), now,
            now + (options?.Delay ?? TimeSpan.Zero), key);
        db.Add(job);
        return job.Id;
    }

    /// <summary>A job with the key, saved or only added in this unit of work.</summary>
    private static async Task<Guid?> FindByKeyAsync(TContext db, Guid? tenantId, string key, CancellationToken cancellationToken)
    {
        var scope = BackgroundJobRecord.ScopeOf(tenantId);
        var added = db.Set<BackgroundJobRecord>().Local.FirstOrDefault(j => j.IdempotencyScope == scope && j.IdempotencyKey == key);
        if (added is not null)
        {
            return added.Id;
        }

        var saved = await db.Set<BackgroundJobRecord>().AsNoTracking()
            .Where(j => j.IdempotencyScope == scope && j.IdempotencyKey == key).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
        return saved;
    }
}
