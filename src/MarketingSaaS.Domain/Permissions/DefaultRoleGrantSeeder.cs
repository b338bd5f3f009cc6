using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Permissions;

/// <summary>
/// When a company switches a module on: the admin role gets every permission of the module, the other static roles
/// the module's defaults (<see cref="DefaultRoleGrantOptions"/>). Only adds: grants an administrator removed earlier
/// come back only by switching the module on again. Callers save through the unit of work.
/// </summary>
public sealed class DefaultRoleGrantSeeder(
    IOptions<DefaultRoleGrantOptions> options,
    PermissionGrantManager grants,
    PermissionDefinitionManager definitions,
    RoleManager<AppRole> roles)
{
    private static readonly string[] DefaultedRoles = [IdentityConsts.StaticRoles.MarketingHead, IdentityConsts.StaticRoles.Staff];

    public async Task GrantModuleDefaultsAsync(string feature, CancellationToken cancellationToken = default)
    {
        var modulePermissions = definitions.All
            .Where(p => p.MultiTenancySide.HasFlag(MultiTenancySides.Tenant) && p.RequiredFeatures.Contains(feature, StringComparer.Ordinal))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        if (modulePermissions.Count == 0)
        {
            return;
        }

        await AddAsync(IdentityConsts.StaticRoles.Admin, modulePermissions, cancellationToken);
        foreach (var role in DefaultedRoles)
        {
            await AddAsync(role, [.. options.Value.For(role).Where(modulePermissions.Contains)], cancellationToken);
        }
    }

    private async Task AddAsync(string role, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        if (permissions.Count == 0 || await roles.FindByNameAsync(role) is null)
        {
            return;
        }

        var granted = await grants.GetGrantedAsync(PermissionGrantProviders.Role, role, cancellationToken);
        if (!permissions.All(granted.Contains))
        {
            await grants.SetAsync(PermissionGrantProviders.Role, role, granted.Union(permissions), cancellationToken);
        }
    }
}
