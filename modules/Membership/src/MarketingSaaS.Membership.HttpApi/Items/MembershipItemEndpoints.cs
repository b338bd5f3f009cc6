using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Membership.Items;

public static class MembershipItemEndpoints
{
    public const string RouteSegment = "/items";

    /// <summary>Items (/api/membership/items): list, read, create, change, delete.</summary>
    public static RouteGroupBuilder MapMembershipItemsApi(this RouteGroupBuilder group)
    {
        var items = group.MapGroup(RouteSegment);
        items.MapGet("/", GetListAsync).RequirePermission(MembershipPermissions.Items.Default);
        items.MapGet("/{id:guid}", async (Guid id, IMembershipItemAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .RequirePermission(MembershipPermissions.Items.Default);
        items.MapPost("/", CreateAsync).RequirePermission(MembershipPermissions.Items.Create);
        items.MapPut("/{id:guid}", async (Guid id, UpdateMembershipItemDto input, IMembershipItemAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .RequirePermission(MembershipPermissions.Items.Update);
        items.MapDelete("/{id:guid}", async (Guid id, IMembershipItemAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(MembershipPermissions.Items.Delete);
        return group;
    }

    private static async Task<Ok<PagedResultDto<MembershipItemDto>>> GetListAsync(
        IMembershipItemAppService service, CancellationToken ct, int skipCount = 0, int maxResultCount = 20, string? filter = null) =>
        TypedResults.Ok(await service.GetListAsync(InputValidator.Validated(new GetMembershipItemListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter }), ct));

    private static async Task<Created<MembershipItemDto>> CreateAsync(CreateMembershipItemDto input, IMembershipItemAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(input, ct);
        return TypedResults.Created($"{MembershipHttpApiModule.RoutePrefix}{RouteSegment}/{created.Id}", created);
    }
}
