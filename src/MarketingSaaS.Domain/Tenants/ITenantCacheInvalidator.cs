namespace MarketingSaaS.Tenants;

/// <summary>
/// Drops a tenant from the tenant store's cache, so that the next request sees its new state
/// (activation, edition, connection string). Call after saving the change.
/// </summary>
public interface ITenantCacheInvalidator
{
    void Invalidate(Tenant tenant);
}
