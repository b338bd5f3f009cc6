using System.Globalization;
using MarketingSaaS.Approvals;

namespace MarketingSaaS.Notifications;

/// <summary>"Approval waiting for you" to the pending approvers of a stage that just became current.</summary>
public sealed class ApprovalWaitingNotifier(INotificationPublisher publisher, INotificationRecipientLookup users) : IApprovalStageStartedHandler
{
    public async Task OnStageStartedAsync(ApprovalRequest request, ApprovalStage stage, CancellationToken cancellationToken)
    {
        var approvers = stage.Approvers.Where(a => a.State == ApproverState.Pending).Select(a => a.UserId).ToList();
        var requester = (await users.GetAsync([request.RequesterUserId], cancellationToken)).FirstOrDefault()?.Name ?? "";
        await publisher.PublishAsync(new NotificationRequest(
            approvers,
            NotificationKind.ApprovalWaiting,
            NotificationTextKeys.ApprovalWaitingTitle,
            NotificationTextKeys.ApprovalWaitingBody,
            new Dictionary<string, string>
            {
                ["title"] = request.Title,
                ["requester"] = requester,
                ["amount"] = request.Amount.ToString("N2", CultureInfo.InvariantCulture),
                ["currency"] = request.Currency,
            },
            NotificationLinks.Request(request.Id)), cancellationToken);
    }
}
