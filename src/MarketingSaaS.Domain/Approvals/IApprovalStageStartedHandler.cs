namespace MarketingSaaS.Approvals;

/// <summary>
/// Hears that a stage of a request became the current one (at submission, resubmission, or when the previous
/// stage completed), inside the unit of work of that call. Registered scoped; used for "waiting for you" notifications.
/// </summary>
public interface IApprovalStageStartedHandler
{
    Task OnStageStartedAsync(ApprovalRequest request, ApprovalStage stage, CancellationToken cancellationToken);
}
