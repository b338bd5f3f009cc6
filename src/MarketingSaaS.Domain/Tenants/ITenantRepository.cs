using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Tenants;

public interface ITenantRepository : IRepository<Tenant, Guid>
{
    Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    Task<bool> SlugExistsAsync(string slug, CancellationToken cancellationToken = default);
}
