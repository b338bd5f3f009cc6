namespace MarketingSaaS.Notifications;

public interface INotificationRepository
{
    Task InsertAsync(Notification notification, CancellationToken cancellationToken = default);

    Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The user's notifications (of one kind when <paramref name="kind"/> is given), newest first.</summary>
    Task<(long TotalCount, List<Notification> Items)> GetPageAsync(Guid userId, bool unreadOnly, NotificationKind? kind, int skip, int take, CancellationToken cancellationToken = default);

    Task<long> CountUnreadAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Marks every unread notification of the user read; returns how many changed.</summary>
    Task<int> MarkAllReadAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks the unread notifications of a kind about one link read, except those of the given users.</summary>
    Task<int> MarkReadAboutAsync(NotificationKind kind, string link, IReadOnlyCollection<Guid> exceptUserIds, DateTimeOffset now, CancellationToken cancellationToken = default);
}
