namespace MarketingSaaS.Permissions;

/// <summary>
/// The tenant-side permission tree with the grants of one role ("R", role name) or user ("U", user id).
/// Needs Identity.Roles.ManagePermissions for roles and Identity.Users.ManagePermissions for users.
/// </summary>
public interface IPermissionAppService
{
    Task<GetPermissionListResultDto> GetAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task<GetPermissionListResultDto> UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input, CancellationToken cancellationToken = default);
}
