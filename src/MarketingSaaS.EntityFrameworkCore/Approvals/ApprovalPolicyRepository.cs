using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalPolicyRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, ApprovalPolicy, Guid>(contextProvider), IApprovalPolicyRepository
{
    public async Task<ApprovalPolicy?> FindByBusinessTypeAsync(string businessType, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Include(p => p.Rules).FirstOrDefaultAsync(p => p.BusinessType == businessType, cancellationToken);

    public async Task<ApprovalPolicy?> FindWithRulesAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Include(p => p.Rules).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<List<ApprovalPolicy>> GetListWithRulesAsync(CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Include(p => p.Rules).OrderBy(p => p.BusinessType).ToListAsync(cancellationToken);
}
