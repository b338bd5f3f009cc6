using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Framework.Authorization;

/// <summary>Granted permission names per tenant and grantee; the grant store invalidates on change.</summary>
public sealed class PermissionGrantCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    public async Task<IReadOnlyCollection<string>> GetOrAddAsync(Guid? tenantId, string providerName, string providerKey, Func<Task<IReadOnlyCollection<string>>> load)
    {
        var key = Key(tenantId, providerName, providerKey);
        if (cache.TryGetValue(key, out IReadOnlyCollection<string>? names) && names is not null)
        {
            return names;
        }

        names = (await load()).ToHashSet(StringComparer.Ordinal);
        cache.Set(key, names, Lifetime);
        return names;
    }

    public void Invalidate(Guid? tenantId, string providerName, string providerKey) => cache.Remove(Key(tenantId, providerName, providerKey));

    private static string Key(Guid? tenantId, string providerName, string providerKey) => $"perm:{tenantId}:{providerName}:{providerKey}";
}
