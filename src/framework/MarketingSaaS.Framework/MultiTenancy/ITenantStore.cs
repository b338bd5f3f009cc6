namespace MarketingSaaS.Framework.MultiTenancy;

public interface ITenantStore
{
    Task<TenantCacheItem?> FindAsync(string name, CancellationToken cancellationToken = default);

    Task<TenantCacheItem?> FindAsync(Guid id, CancellationToken cancellationToken = default);
}
