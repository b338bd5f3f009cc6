using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Tenants;

/// <summary>The host's tenant management. Host-side permissions: tenant users always get 403.</summary>
public static class TenantEndpoints
{
    public static IEndpointRouteBuilder MapTenantApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/host/tenants").WithTags("Tenants");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Default);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Default);
        group.MapPut("/{id:guid}", UpdateAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Manage);
        group.MapPost("/{id:guid}/activate", ActivateAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Manage);
        group.MapPost("/{id:guid}/deactivate", DeactivateAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Manage);
        group.MapPut("/{id:guid}/edition", ChangeEditionAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Manage);
        group.MapPut("/{id:guid}/connection-string", SetConnectionStringAsync).RequirePermission(MarketingSaaSPermissions.Tenants.Manage);
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<TenantDto>>> GetListAsync(
        ITenantAppService tenants,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        string? filter = null,
        bool? isActive = null) =>
        TypedResults.Ok(await tenants.GetListAsync(InputValidator.Validated(new GetTenantListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter, IsActive = isActive }), ct));

    private static async Task<Ok<TenantDto>> GetAsync(Guid id, ITenantAppService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.GetAsync(id, ct));

    private static async Task<Ok<TenantDto>> UpdateAsync(Guid id, UpdateTenantDto input, ITenantAppService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.UpdateAsync(id, input, ct));

    private static async Task<Ok<TenantDto>> ActivateAsync(Guid id, ITenantAppService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.ActivateAsync(id, ct));

    private static async Task<Ok<TenantDto>> DeactivateAsync(Guid id, ITenantAppService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.DeactivateAsync(id, ct));

    private static async Task<Ok<TenantDto>> ChangeEditionAsync(Guid id, ChangeTenantEditionDto input, ITenantAppService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.ChangeEditionAsync(id, input, ct));

    private static async Task<Ok<TenantDto>> SetConnectionStringAsync(Guid id, SetTenantConnectionStringDto input, ITenantAppService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.SetConnectionStringAsync(id, input, ct));
}
