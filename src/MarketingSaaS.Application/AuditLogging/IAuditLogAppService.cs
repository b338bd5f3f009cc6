using MarketingSaaS.Dtos;

namespace MarketingSaaS.AuditLogging;

/// <summary>The current tenant's entity change log, for its administrators.</summary>
public interface IAuditLogAppService
{
    /// <summary>Newest first, with people's and entities' display names.</summary>
    Task<PagedResultDto<EntityChangeLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);

    /// <summary>People and entity types to filter by, ordered by display name in the request culture.</summary>
    Task<AuditLogFilterOptionsDto> GetFilterOptionsAsync(CancellationToken cancellationToken = default);
}
