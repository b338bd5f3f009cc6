using MarketingSaaS.Dtos;

namespace MarketingSaaS.Notifications;

public sealed class GetNotificationListInput : PagedInput
{
    public bool UnreadOnly { get; set; }

    /// <summary>Only notifications of this kind; null = every kind.</summary>
    public NotificationKind? Kind { get; set; }
}
