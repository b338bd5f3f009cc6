using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Tenants;

public interface ITenantRepository : IRepository<Tenant, Guid>
{
    Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    Task<bool> SlugExistsAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary><paramref name="filter"/> is found in the name (any case) or the slug.</summary>
    Task<long> GetCountAsync(string? filter, bool? isActive, CancellationToken cancellationToken = default);

    /// <summary>By name, then id.</summary>
    Task<List<Tenant>> GetPagedListAsync(string? filter, bool? isActive, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
