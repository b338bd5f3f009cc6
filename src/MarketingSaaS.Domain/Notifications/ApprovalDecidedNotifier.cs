using MarketingSaaS.Approvals;

namespace MarketingSaaS.Notifications;

/// <summary>"Your request was approved / rejected / returned to you" to the requester (withdrawals are the requester's own doing).</summary>
public sealed class ApprovalDecidedNotifier(INotificationPublisher publisher, INotificationRecipientLookup users, IApprovalRequestRepository requests) : IApprovalOutcomeHandler
{
    public string SubjectModule => ApprovalOutcomeSubjects.All;

    public Task OnReturnedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) => OnDecidedAsync(outcome, cancellationToken);

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        var (titleKey, bodyKey) = outcome.Status switch
        {
            ApprovalRequestStatus.Approved => (NotificationTextKeys.ApprovalApprovedTitle, NotificationTextKeys.ApprovalApprovedBody),
            ApprovalRequestStatus.Rejected => (NotificationTextKeys.ApprovalRejectedTitle, NotificationTextKeys.ApprovalRejectedBody),
            ApprovalRequestStatus.Returned => (NotificationTextKeys.ApprovalReturnedTitle, NotificationTextKeys.ApprovalReturnedBody),
            _ => (null, null),
        };
        var request = titleKey is null ? null : await requests.FindWithRouteAsync(outcome.RequestId, cancellationToken);
        if (request is null || titleKey is null || bodyKey is null)
        {
            return;
        }

        var decider = (await users.GetAsync([outcome.DecidedByUserId], cancellationToken)).FirstOrDefault()?.Name ?? "";
        await publisher.PublishAsync(new NotificationRequest(
            [request.RequesterUserId],
            NotificationKind.ApprovalDecided,
            titleKey,
            bodyKey,
            new Dictionary<string, string> { ["title"] = request.Title, ["decider"] = decider, ["comment"] = outcome.Comment ?? "—" },
            NotificationLinks.Request(request.Id)), cancellationToken);
    }
}
