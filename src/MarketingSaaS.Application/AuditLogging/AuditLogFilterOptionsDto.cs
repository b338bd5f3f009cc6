namespace MarketingSaaS.AuditLogging;

/// <summary>What the audit log can be filtered by: the people and entity types found in the current company's log.</summary>
public sealed record AuditLogFilterOptionsDto(IReadOnlyList<AuditLogPersonDto> People, IReadOnlyList<AuditLogEntityTypeDto> EntityTypes);

public sealed record AuditLogPersonDto(Guid UserId, string DisplayName, string? UserName);

public sealed record AuditLogEntityTypeDto(string EntityType, string DisplayName);
