using MarketingSaaS.Dtos;

namespace MarketingSaaS.Notifications;

public sealed class GetNotificationListInput : PagedInput
{
    public bool UnreadOnly { get; set; }
}
