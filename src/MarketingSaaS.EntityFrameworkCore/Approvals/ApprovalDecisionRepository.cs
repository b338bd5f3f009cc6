using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalDecisionRepository(IDbContextProvider<PlatformDbContext> contextProvider) : IApprovalDecisionRepository
{
    public async Task InsertAsync(ApprovalDecision decision, CancellationToken cancellationToken = default) =>
        (await contextProvider.GetDbContextAsync(cancellationToken)).Add(decision);

    public async Task<List<ApprovalDecision>> GetListAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        await (await contextProvider.GetDbContextAsync(cancellationToken)).Set<ApprovalDecision>()
            .Where(d => d.RequestId == requestId)
            .OrderBy(d => d.Sequence)
            .ToListAsync(cancellationToken);
}
