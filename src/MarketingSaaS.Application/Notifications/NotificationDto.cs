namespace MarketingSaaS.Notifications;

public sealed record NotificationDto(
    Guid Id,
    NotificationKind Kind,
    string Title,
    string Body,
    string? Link,
    DateTimeOffset CreationTime,
    DateTimeOffset? ReadTime,
    bool IsRead);
