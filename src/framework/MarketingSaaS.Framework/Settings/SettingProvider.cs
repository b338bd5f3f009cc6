using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Framework.Settings;

/// <summary>Value chain: user → tenant → global → configuration ("Settings:{name}") → default.</summary>
public sealed class SettingProvider(
    SettingDefinitionManager definitions,
    ISettingValueStore store,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IConfiguration configuration,
    IMemoryCache cache) : ISettingProvider
{
    public static string CacheKey(string providerName, Guid? providerKey) => $"set:{providerName}:{providerKey}";

    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.GetOrNull(name) ?? throw new InvalidOperationException($"Setting '{name}' is not defined.");
        return (await GetAllAsync([definition], cancellationToken))[name];
    }

    public async Task<IReadOnlyDictionary<string, string?>> GetAllAsync(IEnumerable<SettingDefinition> definitionsToRead, CancellationToken cancellationToken = default)
    {
        var scopes = new List<IReadOnlyDictionary<string, string>>(3);
        if (currentUser.Id is { } userId && currentTenant.IsAvailable)
        {
            scopes.Add(await LoadAsync(SettingValueProviders.User, userId, cancellationToken));
        }

        if (currentTenant.Id is { } tenantId)
        {
            scopes.Add(await LoadAsync(SettingValueProviders.Tenant, tenantId, cancellationToken));
        }

        scopes.Add(await LoadAsync(SettingValueProviders.Global, null, cancellationToken));

        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var definition in definitionsToRead)
        {
            result[definition.Name] = Resolve(definition, scopes);
        }

        return result;
    }

    private string? Resolve(SettingDefinition definition, List<IReadOnlyDictionary<string, string>> scopes)
    {
        foreach (var scope in scopes)
        {
            if (scope.TryGetValue(definition.Name, out var value))
            {
                return value;
            }
        }

        return configuration["Settings:" + definition.Name] ?? definition.DefaultValue;
    }

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(string providerName, Guid? key, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey(providerName, key), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(20);
            return store.GetValuesAsync(providerName, key, cancellationToken);
        }))!;
}
