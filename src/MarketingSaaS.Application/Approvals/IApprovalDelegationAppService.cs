namespace MarketingSaaS.Approvals;

/// <summary>
/// Delegations of approvals. Anyone signed in manages their own (as delegator) and sees those they received;
/// Approvals.Delegations manages everyone's. Others' delegations do not exist for the caller (404).
/// </summary>
public interface IApprovalDelegationAppService
{
    Task<List<ApprovalDelegationDto>> GetListAsync(GetApprovalDelegationListInput input, CancellationToken cancellationToken = default);

    Task<ApprovalDelegationDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ApprovalDelegationDto> CreateAsync(CreateApprovalDelegationDto input, CancellationToken cancellationToken = default);

    Task<ApprovalDelegationDto> UpdateAsync(Guid id, UpdateApprovalDelegationDto input, CancellationToken cancellationToken = default);

    Task<ApprovalDelegationDto> RevokeAsync(Guid id, CancellationToken cancellationToken = default);
}
