namespace MarketingSaaS.AuditLogging;

/// <summary>
/// Values as invariant text; null when the entity was created (original) or deleted (new).
/// <see cref="PropertyDisplayName"/> is localized where a text exists, else the property's name.
/// </summary>
public sealed record EntityPropertyChangeDto(string PropertyName, string PropertyDisplayName, string? OriginalValue, string? NewValue);
