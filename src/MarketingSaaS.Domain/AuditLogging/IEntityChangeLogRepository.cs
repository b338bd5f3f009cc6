using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.AuditLogging;

public interface IEntityChangeLogRepository : IRepository<EntityChangeLog, Guid>
{
    Task<long> GetCountAsync(EntityChangeLogFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<List<EntityChangeLog>> GetPagedListAsync(EntityChangeLogFilter filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Everyone who changed something in the current tenant (one query).</summary>
    Task<List<AuditLogPerson>> GetPeopleAsync(CancellationToken cancellationToken = default);

    /// <summary>The entity types changed in the current tenant (one query).</summary>
    Task<List<string>> GetEntityTypesAsync(CancellationToken cancellationToken = default);
}
