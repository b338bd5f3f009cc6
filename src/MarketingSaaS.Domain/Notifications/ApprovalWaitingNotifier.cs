using MarketingSaaS.Approvals;

namespace MarketingSaaS.Notifications;

/// <summary>"Approval waiting for you" to the pending approvers of a stage that just became current.</summary>
public sealed class ApprovalWaitingNotifier(ApprovalWaitingPublisher waiting) : IApprovalStageStartedHandler
{
    public Task OnStageStartedAsync(ApprovalRequest request, ApprovalStage stage, CancellationToken cancellationToken) =>
        waiting.PublishAsync(
            request,
            [.. stage.Approvers.Where(a => a.State == ApproverState.Pending).Select(a => a.UserId)],
            NotificationTextKeys.ApprovalWaitingTitle,
            NotificationTextKeys.ApprovalWaitingBody,
            cancellationToken);
}
