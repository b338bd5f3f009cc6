using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Tests.Helpers;

public sealed class FakeTenantStore : ITenantStore
{
    private readonly List<TenantCacheItem> _tenants = [];

    public TenantCacheItem Add(string name, string? connectionString = null, Guid? editionId = null, bool isActive = true)
    {
        var tenant = new TenantCacheItem(Guid.NewGuid(), name, isActive, connectionString, editionId);
        _tenants.Add(tenant);
        return tenant;
    }

    public Task<TenantCacheItem?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(_tenants.FirstOrDefault(t => t.Name == name));

    public Task<TenantCacheItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_tenants.FirstOrDefault(t => t.Id == id));
}
