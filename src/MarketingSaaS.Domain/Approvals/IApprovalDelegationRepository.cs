using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Approvals;

public interface IApprovalDelegationRepository : IRepository<ApprovalDelegation, Guid>
{
    /// <summary>Every delegation not revoked; a company has few, so chains are followed in memory.</summary>
    Task<List<ApprovalDelegation>> GetUnrevokedListAsync(CancellationToken cancellationToken = default);

    /// <summary>Delegations given or received by <paramref name="userId"/> (all of them when null), newest first.</summary>
    Task<List<ApprovalDelegation>> GetListAsync(Guid? userId, CancellationToken cancellationToken = default);
}
