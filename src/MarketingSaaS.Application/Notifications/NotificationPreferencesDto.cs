namespace MarketingSaaS.Notifications;

public sealed record NotificationPreferencesDto(IReadOnlyList<NotificationKindPreferenceDto> Kinds);
