using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.EntityFrameworkCore.Tenants;

/// <summary>
/// Tenants by id or slug, cached. Reads always go to the host database (the tenants table is
/// host-owned), in a scope of their own so the caller's tenant and DbContext are untouched.
/// </summary>
public sealed class TenantStore(IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant, IMemoryCache cache) : ITenantStore, ITenantCacheInvalidator
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Task<TenantCacheItem?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        GetOrLoadAsync("tenant:slug:" + name.ToLowerInvariant(), t => t.Slug == name.ToLowerInvariant(), cancellationToken);

    public Task<TenantCacheItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrLoadAsync("tenant:id:" + id, t => t.Id == id, cancellationToken);

    public void Invalidate(Tenant tenant)
    {
        cache.Remove("tenant:id:" + tenant.Id);
        cache.Remove("tenant:slug:" + tenant.Slug);
    }

    private async Task<TenantCacheItem?> GetOrLoadAsync(string key, System.Linq.Expressions.Expression<Func<Tenant, bool>> predicate, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out TenantCacheItem? found) && found is not null)
        {
            return found;
        }

        using (currentTenant.Change(null))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync(cancellationToken);
            found = await context.Tenants.AsNoTracking().Where(predicate)
                .Select(t => new TenantCacheItem(t.Id, t.Slug, t.IsActive, t.ConnectionString, t.EditionId, t.Name))
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (found is not null)
        {
            cache.Set(key, found, Lifetime);
        }

        return found;
    }
}
