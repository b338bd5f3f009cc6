using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Membership.Purchases;

public interface IPurchaseRepository : IRepository<Purchase, Guid>
{
    /// <summary>The member's purchases, latest first.</summary>
    Task<(long TotalCount, List<Purchase> Items)> GetPagedListAsync(Guid memberId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The purchase's refunds, oldest first.</summary>
    Task<List<Refund>> GetRefundsAsync(Guid purchaseId, CancellationToken cancellationToken = default);

    Task InsertRefundAsync(Refund refund, CancellationToken cancellationToken = default);
}
