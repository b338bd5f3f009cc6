using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Permissions;

public static class PermissionEndpoints
{
    /// <summary>
    /// The permission needed depends on the grantee (roles: Identity.Roles.ManagePermissions, users:
    /// Identity.Users.ManagePermissions), so the application service checks it; 403 otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapPermissionApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/permissions").WithTags("Permissions");
        group.MapGet("/", GetAsync).RequireSignedIn();
        group.MapPut("/", UpdateAsync).RequireSignedIn();
        return endpoints;
    }

    private static async Task<Ok<GetPermissionListResultDto>> GetAsync(string providerName, string providerKey, IPermissionAppService permissions, CancellationToken ct) =>
        TypedResults.Ok(await permissions.GetAsync(providerName, providerKey, ct));

    private static async Task<Ok<GetPermissionListResultDto>> UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input, IPermissionAppService permissions, CancellationToken ct) =>
        TypedResults.Ok(await permissions.UpdateAsync(providerName, providerKey, input, ct));
}
