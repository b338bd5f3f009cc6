using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Permissions;

public sealed class PermissionAppService(
    PermissionDefinitionManager definitions,
    PermissionGrantManager grants,
    PermissionGrantCache cache,
    IPermissionChecker permissionChecker,
    IFeatureChecker features,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    IStringLocalizer localizer) : IPermissionAppService
{
    public async Task<GetPermissionListResultDto> GetAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        var key = await AuthorizeAsync(providerName, providerKey, cancellationToken);
        var granted = (await grants.GetGrantedAsync(providerName, key, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var groups = new List<PermissionGroupDto>();
        foreach (var group in definitions.Groups)
        {
            var permissions = await BuildAsync(group.Permissions, granted, cancellationToken);
            if (permissions.Count > 0)
            {
                groups.Add(new PermissionGroupDto(group.Name, localizer[group.DisplayNameKey], permissions));
            }
        }

        return new GetPermissionListResultDto(providerName, key, groups);
    }

    public async Task<GetPermissionListResultDto> UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input, CancellationToken cancellationToken = default)
    {
        var key = await AuthorizeAsync(providerName, providerKey, cancellationToken);
        await grants.SetAsync(providerName, key, input.GrantedPermissions.Select(p => p.Trim()), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        cache.Invalidate(currentTenant.Id, providerName, key);
        return await GetAsync(providerName, key, cancellationToken);
    }

    /// <summary>Checks the caller's permission for this kind of grantee and that the grantee exists in this tenant; returns its canonical key.</summary>
    private async Task<string> AuthorizeAsync(string providerName, string providerKey, CancellationToken cancellationToken)
    {
        var required = providerName switch
        {
            PermissionGrantProviders.Role => MarketingSaaSPermissions.Roles.ManagePermissions,
            PermissionGrantProviders.User => MarketingSaaSPermissions.Users.ManagePermissions,
            _ => throw new FieldValidationException("providerName", "Framework:InvalidFormat"),
        };
        if (!await permissionChecker.IsGrantedAsync(required, cancellationToken))
        {
            throw new BusinessException("Framework:PermissionDenied", new Dictionary<string, object?> { ["permission"] = required }, statusCode: 403);
        }

        if (string.IsNullOrWhiteSpace(providerKey))
        {
            throw new FieldValidationException("providerKey", "Framework:Required");
        }

        if (providerName == PermissionGrantProviders.Role)
        {
            var role = await roles.FindByNameAsync(providerKey.Trim()) ?? throw new EntityNotFoundException(typeof(AppRole), providerKey);
            return role.Name!;
        }

        var user = Guid.TryParse(providerKey, out var userId) ? await users.FindByIdAsync(userId.ToString()) : null;
        return user?.Id.ToString() ?? throw new EntityNotFoundException(typeof(AppUser), providerKey);
    }

    private async Task<List<PermissionGrantInfoDto>> BuildAsync(IEnumerable<PermissionDefinition> permissions, IReadOnlySet<string> granted, CancellationToken cancellationToken)
    {
        var result = new List<PermissionGrantInfoDto>();
        foreach (var permission in permissions)
        {
            if (!permission.MultiTenancySide.HasFlag(MultiTenancySides.Tenant) || !await FeaturesEnabledAsync(permission, cancellationToken))
            {
                continue;
            }

            var children = await BuildAsync(permission.Children, granted, cancellationToken);
            result.Add(new PermissionGrantInfoDto(permission.Name, localizer[permission.DisplayNameKey], granted.Contains(permission.Name), children));
        }

        return result;
    }

    private async Task<bool> FeaturesEnabledAsync(PermissionDefinition permission, CancellationToken cancellationToken)
    {
        foreach (var feature in permission.RequiredFeatures)
        {
            if (!await features.IsEnabledAsync(feature, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }
}
