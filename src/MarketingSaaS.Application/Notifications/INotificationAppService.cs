using MarketingSaaS.Dtos;

namespace MarketingSaaS.Notifications;

/// <summary>The signed-in user's own notifications and preferences.</summary>
public interface INotificationAppService
{
    Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken cancellationToken = default);

    Task<UnreadNotificationCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default);

    Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UnreadNotificationCountDto> MarkAllReadAsync(CancellationToken cancellationToken = default);

    Task<NotificationPreferencesDto> GetPreferencesAsync(CancellationToken cancellationToken = default);

    Task<NotificationPreferencesDto> UpdatePreferencesAsync(UpdateNotificationPreferencesDto input, CancellationToken cancellationToken = default);
}
