using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Framework.Authorization;

/// <summary>
/// A permission is granted when it is defined for the current side (host or tenant), its required
/// features are enabled, and the user or one of the user's roles holds a grant.
/// </summary>
public sealed class PermissionChecker(
    PermissionDefinitionManager definitions,
    IPermissionGrantStore store,
    PermissionGrantCache cache,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IFeatureChecker featureChecker) : IPermissionChecker
{
    private IReadOnlySet<string>? _granted;

    public async Task<bool> IsGrantedAsync(string permissionName, CancellationToken cancellationToken = default) =>
        (await GetGrantedAsync(cancellationToken)).Contains(permissionName);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken = default)
    {
        if (_granted is not null)
        {
            return _granted;
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        if (currentUser is { IsAuthenticated: true, Id: not null })
        {
            var raw = new HashSet<string>(await LoadAsync(PermissionGrantProviders.User, currentUser.Id.Value.ToString(), cancellationToken), StringComparer.Ordinal);
            foreach (var role in currentUser.Roles)
            {
                raw.UnionWith(await LoadAsync(PermissionGrantProviders.Role, role, cancellationToken));
            }

            var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
            foreach (var name in raw)
            {
                var definition = definitions.GetOrNull(name);
                if (definition is not null && definition.MultiTenancySide.HasFlag(side) && await FeaturesEnabledAsync(definition, cancellationToken))
                {
                    result.Add(name);
                }
            }
        }

        return _granted = result;
    }

    private async Task<bool> FeaturesEnabledAsync(PermissionDefinition definition, CancellationToken cancellationToken)
    {
        foreach (var feature in definition.RequiredFeatures)
        {
            if (!await featureChecker.IsEnabledAsync(feature, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private Task<IReadOnlyCollection<string>> LoadAsync(string providerName, string providerKey, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync(currentTenant.Id, providerName, providerKey, () => store.GetGrantedNamesAsync(providerName, providerKey, cancellationToken));
}
