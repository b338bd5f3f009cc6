using MarketingSaaS.Dtos;

namespace MarketingSaaS.AuditLogging;

/// <summary>The current tenant's entity change log, for its administrators.</summary>
public interface IAuditLogAppService
{
    /// <summary>Newest first.</summary>
    Task<PagedResultDto<EntityChangeLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);
}
