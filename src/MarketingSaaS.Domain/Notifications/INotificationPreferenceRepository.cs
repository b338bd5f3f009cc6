namespace MarketingSaaS.Notifications;

public interface INotificationPreferenceRepository
{
    Task<NotificationPreference?> FindByUserAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<List<NotificationPreference>> GetListByUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    Task InsertAsync(NotificationPreference preference, CancellationToken cancellationToken = default);
}
