using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;

public sealed class EfBackgroundJobRecordRepository<TContext>(IDbContextProvider<TContext> contextProvider)
    : EfRepository<TContext, BackgroundJobRecord, Guid>(contextProvider), IBackgroundJobRecordRepository
    where TContext : MarketingDbContext
{
    public async Task<long> GetCountAsync(Guid? tenantId, bool allTenants, BackgroundJobState? state, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(tenantId, allTenants, state, cancellationToken)).LongCountAsync(cancellationToken);

    public async Task<List<BackgroundJobRecord>> GetPagedListAsync(Guid? tenantId, bool allTenants, BackgroundJobState? state, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(tenantId, allTenants, state, cancellationToken))
            .OrderByDescending(j => j.Id) // Guid v7: newest first
            .Skip(skipCount).Take(maxResultCount).AsNoTracking().ToListAsync(cancellationToken);

    private async Task<IQueryable<BackgroundJobRecord>> QueryAsync(Guid? tenantId, bool allTenants, BackgroundJobState? state, CancellationToken cancellationToken)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (!allTenants)
        {
            query = query.Where(j => j.TenantId == tenantId);
        }

        return state is null ? query : query.Where(j => j.State == state);
    }
}
