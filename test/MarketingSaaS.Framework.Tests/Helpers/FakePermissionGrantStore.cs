using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Tests.Helpers;

/// <summary>Grants per tenant and grantee; counts loads so tests can see the cache at work.</summary>
public sealed class FakePermissionGrantStore(ICurrentTenant currentTenant) : IPermissionGrantStore
{
    private readonly Dictionary<(Guid?, string, string), HashSet<string>> _grants = [];

    public int LoadCount { get; private set; }

    public void Grant(Guid? tenantId, string providerName, string providerKey, string permission)
    {
        if (!_grants.TryGetValue((tenantId, providerName, providerKey), out var names))
        {
            _grants[(tenantId, providerName, providerKey)] = names = [];
        }

        names.Add(permission);
    }

    public Task<IReadOnlyCollection<string>> GetGrantedNamesAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        LoadCount++;
        IReadOnlyCollection<string> names = _grants.TryGetValue((currentTenant.Id, providerName, providerKey), out var found) ? [.. found] : [];
        return Task.FromResult(names);
    }
}
