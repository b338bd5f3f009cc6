namespace MarketingSaaS.Notifications;

/// <summary>Everything the mail needs, rendered already in the recipient's language: the job reads nothing the request might not have saved yet.</summary>
public sealed record SendNotificationEmailArgs(Guid NotificationId, string To, string RecipientName, string Culture, string Subject, string Body, string? Link);
