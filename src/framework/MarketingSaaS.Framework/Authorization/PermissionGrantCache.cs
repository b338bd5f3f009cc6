using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Framework.Authorization;

/// <summary>Granted permission names per tenant and grantee; the grant store invalidates on change.</summary>
public sealed class PermissionGrantCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    public async Task<IReadOnlyCollection<string>> GetOrAddAsync(Guid? tenantId, string providerName, string providerKey, Func<Task<IReadOnlyCollection<string>>> load) =>
        (await cache.GetOrCreateAsync(Key(tenantId, providerName, providerKey), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return (IReadOnlyCollection<string>)(await load()).ToHashSet(StringComparer.Ordinal);
        }))!;

    public void Invalidate(Guid? tenantId, string providerName, string providerKey) => cache.Remove(Key(tenantId, providerName, providerKey));

    private static string Key(Guid? tenantId, string providerName, string providerKey) => $"perm:{tenantId}:{providerName}:{providerKey}";
}
