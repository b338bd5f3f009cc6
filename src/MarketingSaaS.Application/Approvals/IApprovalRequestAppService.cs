using MarketingSaaS.Dtos;

namespace MarketingSaaS.Approvals;

/// <summary>"My approvals": submit, follow and decide requests. Callers only see requests they submitted, approve or decided.</summary>
public interface IApprovalRequestAppService
{
    Task<ApprovalRequestDetailsDto> SubmitAsync(SubmitApprovalRequestDto input, CancellationToken cancellationToken = default);

    Task<ApprovalRequestDetailsDto> ResubmitAsync(Guid id, ReviseApprovalRequestDto input, CancellationToken cancellationToken = default);

    Task<ApprovalRequestDetailsDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<ApprovalRequestDto>> GetListAsync(GetApprovalRequestListInput input, CancellationToken cancellationToken = default);

    Task<ApprovalRequestDetailsDto> DecideAsync(Guid id, ApprovalDecisionType decision, ApprovalActionDto input, CancellationToken cancellationToken = default);

    /// <summary>The requester's new amount for a pending or approved request: the route is computed again.</summary>
    Task<ApprovalRequestDetailsDto> ChangeAmountAsync(Guid id, ChangeApprovalAmountDto input, CancellationToken cancellationToken = default);

    /// <summary>催办: the requester reminds the current stage's pending approvers; once per stage and day (422 afterwards).</summary>
    Task<ApprovalReminderResultDto> RemindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ApprovalRequestDetailsDto> WithdrawAsync(Guid id, ApprovalActionDto input, CancellationToken cancellationToken = default);
}
