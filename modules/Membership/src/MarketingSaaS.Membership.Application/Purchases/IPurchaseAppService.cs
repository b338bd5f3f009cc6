using MarketingSaaS.Dtos;

namespace MarketingSaaS.Membership.Purchases;

public interface IPurchaseAppService
{
    Task<PagedResultDto<PurchaseDto>> GetListAsync(Guid memberId, GetPurchaseListInput input, CancellationToken cancellationToken = default);

    Task<PurchaseDto> RecordAsync(Guid memberId, RecordPurchaseDto input, CancellationToken cancellationToken = default);

    Task<List<RefundDto>> GetRefundsAsync(Guid memberId, Guid purchaseId, CancellationToken cancellationToken = default);

    Task<RefundDto> RefundAsync(Guid memberId, Guid purchaseId, RecordRefundDto input, CancellationToken cancellationToken = default);
}
