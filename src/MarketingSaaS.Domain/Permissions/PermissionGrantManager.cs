using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Permissions;

/// <summary>Replaces the grants of one role or user in the current tenant and refreshes the cache.</summary>
public sealed class PermissionGrantManager(
    IRepository<PermissionGrant, Guid> grants,
    PermissionDefinitionManager definitions,
    PermissionGrantCache cache,
    ICurrentTenant currentTenant)
{
    public async Task<IReadOnlyList<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        var list = await grants.GetListAsync(g => g.ProviderName == providerName && g.ProviderKey == providerKey, cancellationToken);
        return [.. list.Select(g => g.Name).Order(StringComparer.Ordinal)];
    }

    public async Task SetAsync(string providerName, string providerKey, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default)
    {
        var wanted = permissionNames.ToHashSet(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            var definition = definitions.GetOrNull(name);
            if (definition is null || !definition.MultiTenancySide.HasFlag(MultiTenancySides.Tenant))
            {
                throw new BusinessException(MarketingSaaSErrorCodes.UnknownPermission, new Dictionary<string, object?> { ["permission"] = name });
            }
        }

        var existing = await grants.GetListAsync(g => g.ProviderName == providerName && g.ProviderKey == providerKey, cancellationToken);
        foreach (var grant in existing.Where(g => !wanted.Contains(g.Name)))
        {
            await grants.DeleteAsync(grant, cancellationToken);
        }

        foreach (var name in wanted.Except(existing.Select(g => g.Name)))
        {
            await grants.InsertAsync(new PermissionGrant(SequentialGuid.Create(), name, providerName, providerKey), cancellationToken);
        }

        cache.Invalidate(currentTenant.Id, providerName, providerKey);
    }
}
