namespace MarketingSaaS.Notifications;

/// <summary>
/// A notification to send: title and body are localization keys whose {placeholders} are filled from
/// <see cref="Arguments"/>, each in the recipient's own language; <see cref="LocalizedArguments"/> are localization
/// keys themselves (e.g. a category name), looked up in that language too. <see cref="Link"/> is a portal path.
/// </summary>
public sealed record NotificationRequest(
    IReadOnlyCollection<Guid> UserIds,
    NotificationKind Kind,
    string TitleKey,
    string BodyKey,
    IReadOnlyDictionary<string, string> Arguments,
    string? Link,
    IReadOnlyDictionary<string, string>? LocalizedArguments = null);
