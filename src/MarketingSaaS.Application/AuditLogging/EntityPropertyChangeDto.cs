namespace MarketingSaaS.AuditLogging;

/// <summary>Values as invariant text; null when the entity was created (original) or deleted (new).</summary>
public sealed record EntityPropertyChangeDto(string PropertyName, string? OriginalValue, string? NewValue);
