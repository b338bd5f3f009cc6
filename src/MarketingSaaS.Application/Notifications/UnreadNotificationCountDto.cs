namespace MarketingSaaS.Notifications;

public sealed record UnreadNotificationCountDto(long Count);
