namespace MarketingSaaS.Notifications;

/// <summary>Names and e-mail addresses of the current tenant's users.</summary>
public interface INotificationRecipientLookup
{
    Task<IReadOnlyList<NotificationRecipient>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
