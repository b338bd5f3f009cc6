using MarketingSaaS.Dtos;

namespace MarketingSaaS.Tenants;

/// <summary>The host's management of tenants. Every change refreshes the tenant cache at once.</summary>
public interface ITenantAppService
{
    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken cancellationToken = default);

    Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken = default);

    Task<TenantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>From the next request on, the tenant's users and any request naming it get 403.</summary>
    Task<TenantDto> DeactivateAsync(Guid id, CancellationToken cancellationToken = default);

    Task<TenantDto> ChangeEditionAsync(Guid id, ChangeTenantEditionDto input, CancellationToken cancellationToken = default);

    Task<TenantDto> SetConnectionStringAsync(Guid id, SetTenantConnectionStringDto input, CancellationToken cancellationToken = default);
}
