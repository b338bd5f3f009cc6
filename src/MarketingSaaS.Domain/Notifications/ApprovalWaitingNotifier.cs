using MarketingSaaS.Approvals;

namespace MarketingSaaS.Notifications;

/// <summary>
/// "Approval waiting for you" to the pending approvers of a stage that just became current; the earlier stage's
/// "waiting" notifications of everyone else are resolved (marked read), so their bells drop.
/// </summary>
public sealed class ApprovalWaitingNotifier(ApprovalWaitingPublisher waiting, INotificationRepository notifications, TimeProvider clock) : IApprovalStageStartedHandler
{
    public async Task OnStageStartedAsync(ApprovalRequest request, ApprovalStage stage, CancellationToken cancellationToken)
    {
        List<Guid> pending = [.. stage.Approvers.Where(a => a.State == ApproverState.Pending).Select(a => a.UserId)];
        await notifications.MarkReadAboutAsync(NotificationKind.ApprovalWaiting, NotificationLinks.Request(request.Id), pending, clock.GetUtcNow(), cancellationToken);
        await waiting.PublishAsync(request, pending, NotificationTextKeys.ApprovalWaitingTitle, NotificationTextKeys.ApprovalWaitingBody, cancellationToken);
    }
}
