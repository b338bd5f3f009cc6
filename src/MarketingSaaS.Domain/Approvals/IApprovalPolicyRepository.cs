using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Approvals;

public interface IApprovalPolicyRepository : IRepository<ApprovalPolicy, Guid>
{
    Task<ApprovalPolicy?> FindByBusinessTypeAsync(string businessType, CancellationToken cancellationToken = default);

    Task<ApprovalPolicy?> FindWithRulesAsync(Guid id, CancellationToken cancellationToken = default);

    Task<List<ApprovalPolicy>> GetListWithRulesAsync(CancellationToken cancellationToken = default);
}
