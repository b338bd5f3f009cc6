using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Framework.Features;

/// <summary>Value chain: tenant → edition → default. On the host side every feature has its default.</summary>
public sealed class FeatureChecker(
    FeatureDefinitionManager definitions,
    IFeatureValueStore store,
    ITenantStore tenantStore,
    ICurrentTenant currentTenant,
    IMemoryCache cache) : IFeatureChecker
{
    public static string CacheKey(string providerName, Guid providerKey) => $"feat:{providerName}:{providerKey}";

    public async Task<string?> GetValueAsync(string featureName, CancellationToken cancellationToken = default)
    {
        var definition = definitions.GetOrNull(featureName);
        if (definition is null)
        {
            return null;
        }

        if (currentTenant.Id is not { } tenantId)
        {
            return definition.DefaultValue;
        }

        var tenantValues = await LoadAsync(FeatureValueProviders.Tenant, tenantId, cancellationToken);
        if (tenantValues.TryGetValue(featureName, out var value))
        {
            return value;
        }

        var tenant = await tenantStore.FindAsync(tenantId, cancellationToken);
        if (tenant?.EditionId is { } editionId)
        {
            var editionValues = await LoadAsync(FeatureValueProviders.Edition, editionId, cancellationToken);
            if (editionValues.TryGetValue(featureName, out value))
            {
                return value;
            }
        }

        return definition.DefaultValue;
    }

    public async Task<bool> IsEnabledAsync(string featureName, CancellationToken cancellationToken = default) =>
        bool.TryParse(await GetValueAsync(featureName, cancellationToken), out var enabled) && enabled;

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(string providerName, Guid key, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey(providerName, key), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(20);
            return store.GetValuesAsync(providerName, key, cancellationToken);
        }))!;
}
