using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Positions;

public static class PositionEndpoints
{
    public static IEndpointRouteBuilder MapPositionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/org/positions").WithTags("Positions");
        const string read = MarketingSaaSPermissions.Positions.Default;
        const string manage = MarketingSaaSPermissions.Positions.Manage;

        group.MapGet("/", async ([AsParameters] GetPositionListInput input, IPositionAppService positions, CancellationToken ct) =>
                TypedResults.Ok(await positions.GetListAsync(input, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}", async (Guid id, IPositionAppService positions, CancellationToken ct) => TypedResults.Ok(await positions.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapPost("/", Create).RequirePermission(manage);
        group.MapPut("/{id:guid}", async (Guid id, UpdatePositionDto input, IPositionAppService positions, CancellationToken ct) =>
                TypedResults.Ok(await positions.UpdateAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapDelete("/{id:guid}", async (Guid id, IPositionAppService positions, CancellationToken ct) =>
            {
                await positions.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);
        return endpoints;
    }

    private static async Task<Created<PositionDto>> Create(CreatePositionDto input, IPositionAppService positions, CancellationToken ct)
    {
        var position = await positions.CreateAsync(input, ct);
        return TypedResults.Created($"/api/org/positions/{position.Id}", position);
    }
}
