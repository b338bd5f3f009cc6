using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Membership.Members;

namespace MarketingSaaS.Membership.Purchases;

/// <summary>A member's purchases and refunds; a purchase or refund and its points are saved together or not at all.</summary>
public sealed class PurchaseAppService(IMemberRepository members, IPurchaseRepository purchases, PurchaseManager manager, IUnitOfWork unitOfWork) : IPurchaseAppService
{
    public async Task<PagedResultDto<PurchaseDto>> GetListAsync(Guid memberId, GetPurchaseListInput input, CancellationToken cancellationToken = default)
    {
        await members.GetAsync(memberId, cancellationToken);
        var (total, page) = await purchases.GetPagedListAsync(memberId, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<PurchaseDto>(total, [.. page.Select(ToDto)]);
    }

    public async Task<PurchaseDto> RecordAsync(Guid memberId, RecordPurchaseDto input, CancellationToken cancellationToken = default)
    {
        await members.GetAsync(memberId, cancellationToken);
        var purchase = await manager.RecordAsync(memberId, input.PurchasedAt!.Value, input.Amount, Clean(input.Category), Clean(input.OrderNumber), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(purchase);
    }

    public async Task<List<RefundDto>> GetRefundsAsync(Guid memberId, Guid purchaseId, CancellationToken cancellationToken = default)
    {
        var purchase = await purchases.GetAsync(purchaseId, cancellationToken);
        if (purchase.MemberId != memberId)
        {
            throw new EntityNotFoundException(typeof(Purchase), purchaseId);
        }

        return [.. (await purchases.GetRefundsAsync(purchaseId, cancellationToken)).Select(ToDto)];
    }

    public async Task<RefundDto> RefundAsync(Guid memberId, Guid purchaseId, RecordRefundDto input, CancellationToken cancellationToken = default)
    {
        await members.GetAsync(memberId, cancellationToken);
        var refund = await manager.RefundAsync(memberId, purchaseId, input.Amount, Clean(input.Reason), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(refund);
    }

    private static PurchaseDto ToDto(Purchase p) =>
        new(p.Id, p.MemberId, p.PurchasedAt, p.Amount, p.Currency, p.Category, p.OrderNumber, p.RefundedAmount, p.RemainingAmount, p.CreationTime);

    private static RefundDto ToDto(Refund r) => new(r.Id, r.PurchaseId, r.MemberId, r.RefundedAt, r.Amount, r.Currency, r.Reason);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
