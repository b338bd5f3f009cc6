using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Membership.Purchases;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Purchases;

internal sealed class PurchaseRepository(IDbContextProvider<MembershipDbContext> contextProvider)
    : EfRepository<MembershipDbContext, Purchase, Guid>(contextProvider), IPurchaseRepository
{
    public async Task<(long TotalCount, List<Purchase> Items)> GetPagedListAsync(Guid memberId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetQueryableAsync(cancellationToken)).Where(p => p.MemberId == memberId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.PurchasedAt).ThenByDescending(p => p.CreationTime).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<List<Refund>> GetRefundsAsync(Guid purchaseId, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        return await context.Refunds.Where(r => r.PurchaseId == purchaseId).OrderBy(r => r.RefundedAt).ThenBy(r => r.CreationTime).ToListAsync(cancellationToken);
    }

    public async Task InsertRefundAsync(Refund refund, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        await context.Refunds.AddAsync(refund, cancellationToken);
    }
}
