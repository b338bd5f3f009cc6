using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// The queue as admins see it. The queue has no tenant filter of its own (host jobs have no tenant), so
/// every list names its tenant scope: <paramref name="allTenants"/> only for the host.
/// </summary>
public interface IBackgroundJobRecordRepository : IRepository<BackgroundJobRecord, Guid>
{
    Task<long> GetCountAsync(Guid? tenantId, bool allTenants, BackgroundJobState? state, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<List<BackgroundJobRecord>> GetPagedListAsync(Guid? tenantId, bool allTenants, BackgroundJobState? state, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
