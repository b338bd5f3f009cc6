using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalDelegationRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, ApprovalDelegation, Guid>(contextProvider), IApprovalDelegationRepository
{
    public async Task<List<ApprovalDelegation>> GetUnrevokedListAsync(CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Where(d => !d.IsRevoked).ToListAsync(cancellationToken);

    public async Task<List<ApprovalDelegation>> GetListAsync(Guid? userId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(d => userId == null || d.DelegatorUserId == userId || d.DelegateUserId == userId)
            .OrderByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
}
