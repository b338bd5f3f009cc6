using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Membership.Purchases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Membership.Members;

public static class PurchaseEndpoints
{
    /// <summary>A member's purchases and their refunds (/api/membership/members/{memberId}/purchases).</summary>
    public static RouteGroupBuilder MapPurchasesApi(this RouteGroupBuilder group)
    {
        var purchases = group.MapGroup(MemberEndpoints.RouteSegment + "/{memberId:guid}/purchases");
        purchases.MapGet("/", GetListAsync).RequirePermission(MembershipPermissions.Purchases.Default);
        purchases.MapPost("/", RecordAsync).RequirePermission(MembershipPermissions.Purchases.Record);
        purchases.MapGet("/{purchaseId:guid}/refunds", async (Guid memberId, Guid purchaseId, IPurchaseAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetRefundsAsync(memberId, purchaseId, ct)))
            .RequirePermission(MembershipPermissions.Purchases.Default);
        purchases.MapPost("/{purchaseId:guid}/refunds", RefundAsync).RequirePermission(MembershipPermissions.Purchases.Record);
        return group;
    }

    private static async Task<Ok<PagedResultDto<PurchaseDto>>> GetListAsync(
        Guid memberId, IPurchaseAppService service, CancellationToken ct, int skipCount = 0, int maxResultCount = 20) =>
        TypedResults.Ok(await service.GetListAsync(memberId, InputValidator.Validated(new GetPurchaseListInput { SkipCount = skipCount, MaxResultCount = maxResultCount }), ct));

    private static async Task<Created<PurchaseDto>> RecordAsync(Guid memberId, RecordPurchaseDto input, IPurchaseAppService service, CancellationToken ct)
    {
        var created = await service.RecordAsync(memberId, input, ct);
        return TypedResults.Created($"{MembershipHttpApiModule.RoutePrefix}{MemberEndpoints.RouteSegment}/{memberId}/purchases/{created.Id}", created);
    }

    private static async Task<Created<RefundDto>> RefundAsync(Guid memberId, Guid purchaseId, RecordRefundDto input, IPurchaseAppService service, CancellationToken ct)
    {
        var created = await service.RefundAsync(memberId, purchaseId, input, ct);
        return TypedResults.Created($"{MembershipHttpApiModule.RoutePrefix}{MemberEndpoints.RouteSegment}/{memberId}/purchases/{purchaseId}/refunds/{created.Id}", created);
    }
}
