namespace MarketingSaaS.Notifications;

public sealed record NotificationKindPreferenceDto(NotificationKind Kind, string DisplayName, bool Email);
