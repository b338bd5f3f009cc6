using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using MarketingSaaS.Permissions;
using MarketingSaaS.Settings;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Data;

/// <summary>
/// What every tenant starts with: the static roles and their grants, the default settings and,
/// at sign-up, the admin user. Safe to run again: it only adds what is missing (and gives the
/// admin role permissions defined since).
/// </summary>
public sealed class TenantDataSeeder(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    PermissionGrantManager grants,
    PermissionDefinitionManager permissionDefinitions,
    ISettingValueStore settings,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    MarketingSaaS.ApprovalSla.ApprovalSlaSchedule approvalSlaSchedule)
{
    private static readonly string[] MarketingHeadPermissions =
    [
        MarketingSaaSPermissions.Users.Default,
        MarketingSaaSPermissions.Roles.Default,
        MarketingSaaSPermissions.AuditLogs.Default,
        MarketingSaaSPermissions.OrganizationUnits.Default,
        MarketingSaaSPermissions.Positions.Default,
        MarketingSaaSPermissions.ApprovalPolicies.Default,
        MarketingSaaSPermissions.Budgets.Default,
        MarketingSaaSPermissions.Expenses.Default,
        MarketingSaaSPermissions.ProcessTemplates.Default,
        MarketingSaaSPermissions.ProcessInstances.Default,
        MarketingSaaSPermissions.ApprovalRequests.Default,
    ];

    private static readonly string[] StaffPermissions =
    [
        MarketingSaaSPermissions.OrganizationUnits.Default,
        MarketingSaaSPermissions.Positions.Default,
        MarketingSaaSPermissions.Expenses.Default,
        MarketingSaaSPermissions.ProcessTemplates.Default,
        MarketingSaaSPermissions.ProcessInstances.Default,
        MarketingSaaSPermissions.ApprovalRequests.Default,
    ];

    public async Task SeedAsync(Guid tenantId, TenantAdminAccount? admin, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(tenantId))
        {
            var allTenantPermissions = permissionDefinitions.All
                .Where(p => p.MultiTenancySide.HasFlag(MultiTenancySides.Tenant)).Select(p => p.Name).ToList();
            await EnsureRoleAsync(IdentityConsts.StaticRoles.Admin, allTenantPermissions, cancellationToken);
            await EnsureRoleAsync(IdentityConsts.StaticRoles.MarketingHead, MarketingHeadPermissions, cancellationToken);
            await EnsureRoleAsync(IdentityConsts.StaticRoles.Staff, StaffPermissions, cancellationToken);
            await EnsureDefaultSettingsAsync(tenantId, cancellationToken);
            await approvalSlaSchedule.EnsureAsync(cancellationToken);
            if (admin is not null)
            {
                await CreateAdminAsync(admin);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task EnsureRoleAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(name) is null)
        {
            ThrowIfFailed(await roles.CreateAsync(new AppRole(SequentialGuid.Create(), name, isStatic: true)));
        }

        var granted = await grants.GetGrantedAsync(PermissionGrantProviders.Role, name, cancellationToken);
        await grants.SetAsync(PermissionGrantProviders.Role, name, granted.Union(permissions), cancellationToken);
    }

    private async Task EnsureDefaultSettingsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var existing = await settings.GetValuesAsync(SettingValueProviders.Tenant, tenantId, cancellationToken);
        (string Name, string Value)[] defaults =
        [
            (MarketingSaaSSettings.Currency, "CNY"),
            (MarketingSaaSSettings.TimeZone, "Asia/Shanghai"),
            (MarketingSaaSSettings.Culture, "zh-Hans"),
        ];
        foreach (var (name, value) in defaults.Where(d => !existing.ContainsKey(d.Name)))
        {
            await settings.SetAsync(SettingValueProviders.Tenant, tenantId, name, value, cancellationToken);
        }
    }

    private async Task CreateAdminAsync(TenantAdminAccount admin)
    {
        var user = new AppUser(SequentialGuid.Create(), admin.UserName, admin.Email, admin.Name) { EmailConfirmed = true };
        ThrowIfFailed(await users.CreateAsync(user, admin.Password));
        ThrowIfFailed(await users.AddToRoleAsync(user, IdentityConsts.StaticRoles.Admin));
    }

    public static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw IdentityErrorMapper.ToException(result.Errors);
    }
}
