namespace MarketingSaaS.Notifications;

public sealed record NotificationRecipient(Guid UserId, string Name, string? Email, bool IsActive);
