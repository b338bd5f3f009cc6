using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Identity;

public static class RoleEndpoints
{
    public static IEndpointRouteBuilder MapRoleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/roles").WithTags("Roles");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.Roles.Default);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(MarketingSaaSPermissions.Roles.Default);
        group.MapPost("/", CreateAsync).RequirePermission(MarketingSaaSPermissions.Roles.Manage);
        group.MapPut("/{id:guid}", UpdateAsync).RequirePermission(MarketingSaaSPermissions.Roles.Manage);
        group.MapDelete("/{id:guid}", DeleteAsync).RequirePermission(MarketingSaaSPermissions.Roles.Manage);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<RoleDto>>> GetListAsync(IRoleAppService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.GetListAsync(ct));

    private static async Task<Ok<RoleDto>> GetAsync(Guid id, IRoleAppService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.GetAsync(id, ct));

    private static async Task<Created<RoleDto>> CreateAsync(CreateRoleDto input, IRoleAppService roles, CancellationToken ct)
    {
        var role = await roles.CreateAsync(input, ct);
        return TypedResults.Created($"/api/identity/roles/{role.Id}", role);
    }

    private static async Task<Ok<RoleDto>> UpdateAsync(Guid id, UpdateRoleDto input, IRoleAppService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, IRoleAppService roles, CancellationToken ct)
    {
        await roles.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
