using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Features;

/// <summary>Reads and writes the stored feature values of one edition ("E") or tenant ("T").</summary>
public sealed class FeatureValueManager(IRepository<FeatureValue, Guid> values, FeatureDefinitionManager definitions, IMemoryCache cache)
{
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string providerName, Guid providerKey, CancellationToken cancellationToken = default)
    {
        var rows = await values.GetListAsync(v => v.ProviderName == providerName && v.ProviderKey == providerKey, cancellationToken);
        return rows.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Sets the given values (a null value removes the stored one, so the next provider in the chain
    /// applies). With <paramref name="replaceAll"/>, values not named are removed too.
    /// </summary>
    public async Task SetAsync(string providerName, Guid providerKey, IReadOnlyDictionary<string, string?> wanted, bool replaceAll = false, CancellationToken cancellationToken = default)
    {
        var unknown = wanted.Keys.FirstOrDefault(name => definitions.GetOrNull(name) is null);
        if (unknown is not null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownFeature, new Dictionary<string, object?> { ["feature"] = unknown });
        }

        var existing = await values.GetListAsync(v => v.ProviderName == providerName && v.ProviderKey == providerKey, cancellationToken);
        foreach (var row in existing)
        {
            if (wanted.TryGetValue(row.Name, out var value) ? value is null : replaceAll)
            {
                await values.DeleteAsync(row, cancellationToken);
            }
            else if (value is not null)
            {
                row.Value = value;
            }
        }

        foreach (var (name, value) in wanted.Where(w => w.Value is not null && existing.All(e => e.Name != w.Key)))
        {
            await values.InsertAsync(new FeatureValue(SequentialGuid.Create(), name, value!, providerName, providerKey), cancellationToken);
        }
    }

    /// <summary>Call after the change is saved, so no request caches the old values again.</summary>
    public void InvalidateCache(string providerName, Guid providerKey) => cache.Remove(FeatureChecker.CacheKey(providerName, providerKey));
}
