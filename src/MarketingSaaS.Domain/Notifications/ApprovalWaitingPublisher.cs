using System.Globalization;
using MarketingSaaS.Approvals;

namespace MarketingSaaS.Notifications;

/// <summary>An "approval waiting" notification about a request (new stage, SLA reminder or escalation), with its title, requester and amount.</summary>
public sealed class ApprovalWaitingPublisher(INotificationPublisher publisher, INotificationRecipientLookup users)
{
    public async Task PublishAsync(ApprovalRequest request, IReadOnlyCollection<Guid> recipients, string titleKey, string bodyKey, CancellationToken cancellationToken)
    {
        var requester = (await users.GetAsync([request.RequesterUserId], cancellationToken)).FirstOrDefault()?.Name ?? "";
        await publisher.PublishAsync(new NotificationRequest(
            recipients,
            NotificationKind.ApprovalWaiting,
            titleKey,
            bodyKey,
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
