namespace MarketingSaaS.Notifications;

/// <summary>
/// Sends notifications: an in-app row per recipient (saved with the caller's unit of work) and, for the
/// kinds a recipient chose, an e-mail through the background job SendNotificationEmailJob.
/// </summary>
public interface INotificationPublisher
{
    Task PublishAsync(NotificationRequest request, CancellationToken cancellationToken = default);
}
