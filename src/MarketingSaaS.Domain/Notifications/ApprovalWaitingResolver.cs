using MarketingSaaS.Approvals;

namespace MarketingSaaS.Notifications;

/// <summary>
/// A request that was decided, returned to its requester or withdrawn waits for nobody: every unread "waiting for your
/// approval" notification about it is marked read, so the other approvers' bells drop.
/// </summary>
public sealed class ApprovalWaitingResolver(INotificationRepository notifications, TimeProvider clock) : IApprovalOutcomeHandler
{
    public string SubjectModule => ApprovalOutcomeSubjects.All;

    public Task OnReturnedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) => OnDecidedAsync(outcome, cancellationToken);

    public Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) =>
        notifications.MarkReadAboutAsync(NotificationKind.ApprovalWaiting, NotificationLinks.Request(outcome.RequestId), [], clock.GetUtcNow(), cancellationToken);
}
