namespace MarketingSaaS.AuditLogging;

/// <summary>
/// Which change-log rows of the current tenant to list; null criteria match everything. <see cref="Text"/>
/// is found in the entity type, entity id or user name; <see cref="To"/> is inclusive.
/// </summary>
public sealed record EntityChangeLogFilter(string? EntityType, string? EntityId, Guid? UserId, DateTimeOffset? From, DateTimeOffset? To, string? Text = null);
