using MarketingSaaS.Framework.Auditing;

namespace MarketingSaaS.AuditLogging;

public sealed record EntityChangeLogDto(
    Guid Id,
    string EntityType,
    string EntityId,
    EntityChangeType ChangeType,
    DateTimeOffset ChangeTime,
    Guid? UserId,
    string? UserName,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges);
