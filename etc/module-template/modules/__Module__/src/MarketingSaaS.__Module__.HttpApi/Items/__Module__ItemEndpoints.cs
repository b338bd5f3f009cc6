using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.__Module__.Items;

public static class __Module__ItemEndpoints
{
    public const string RouteSegment = "/items";

    /// <summary>Items (/api/__module__/items): list, read, create, change, delete.</summary>
    public static RouteGroupBuilder Map__Module__ItemsApi(this RouteGroupBuilder group)
    {
        var items = group.MapGroup(RouteSegment);
        items.MapGet("/", GetListAsync).RequirePermission(__Module__Permissions.Items.Default);
        items.MapGet("/{id:guid}", async (Guid id, I__Module__ItemAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .RequirePermission(__Module__Permissions.Items.Default);
        items.MapPost("/", CreateAsync).RequirePermission(__Module__Permissions.Items.Create);
        items.MapPut("/{id:guid}", async (Guid id, Update__Module__ItemDto input, I__Module__ItemAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .RequirePermission(__Module__Permissions.Items.Update);
        items.MapDelete("/{id:guid}", async (Guid id, I__Module__ItemAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(__Module__Permissions.Items.Delete);
        return group;
    }

    private static async Task<Ok<PagedResultDto<__Module__ItemDto>>> GetListAsync(
        I__Module__ItemAppService service, CancellationToken ct, int skipCount = 0, int maxResultCount = 20, string? filter = null) =>
        TypedResults.Ok(await service.GetListAsync(InputValidator.Validated(new Get__Module__ItemListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter }), ct));

    private static async Task<Created<__Module__ItemDto>> CreateAsync(Create__Module__ItemDto input, I__Module__ItemAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(input, ct);
        return TypedResults.Created($"{__Module__HttpApiModule.RoutePrefix}{RouteSegment}/{created.Id}", created);
    }
}
