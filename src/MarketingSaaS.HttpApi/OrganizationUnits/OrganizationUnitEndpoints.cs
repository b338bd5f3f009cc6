using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.OrganizationUnits;

public static class OrganizationUnitEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationUnitsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/org/units").WithTags("OrganizationUnits");
        const string read = MarketingSaaSPermissions.OrganizationUnits.Default;
        const string manage = MarketingSaaSPermissions.OrganizationUnits.Manage;

        group.MapGet("/", async (IOrganizationUnitAppService units, CancellationToken ct) => TypedResults.Ok(await units.GetTreeAsync(ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}", async (Guid id, IOrganizationUnitAppService units, CancellationToken ct) => TypedResults.Ok(await units.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapPost("/", Create).RequirePermission(manage);
        group.MapPut("/{id:guid}", async (Guid id, UpdateOrganizationUnitDto input, IOrganizationUnitAppService units, CancellationToken ct) =>
                TypedResults.Ok(await units.UpdateAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapPost("/{id:guid}/move", async (Guid id, MoveOrganizationUnitDto input, IOrganizationUnitAppService units, CancellationToken ct) =>
                TypedResults.Ok(await units.MoveAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapDelete("/{id:guid}", async (Guid id, IOrganizationUnitAppService units, CancellationToken ct) =>
            {
                await units.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);
        group.MapPost("/import-default", async (ImportOrgChartDto input, IOrganizationUnitAppService units, CancellationToken ct) =>
                TypedResults.Ok(await units.ImportDefaultAsync(input, ct)))
            .RequirePermission(manage, MarketingSaaSPermissions.Positions.Manage);
        return endpoints;
    }

    private static async Task<Created<OrganizationUnitDto>> Create(CreateOrganizationUnitDto input, IOrganizationUnitAppService units, CancellationToken ct)
    {
        var unit = await units.CreateAsync(input, ct);
        return TypedResults.Created($"/api/org/units/{unit.Id}", unit);
    }
}
