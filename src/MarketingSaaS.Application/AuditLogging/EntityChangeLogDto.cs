using MarketingSaaS.Framework.Auditing;

namespace MarketingSaaS.AuditLogging;

/// <param name="EntityType">The entity's class name, e.g. "ApprovalRequest" (the filter value).</param>
/// <param name="EntityTypeDisplayName">The localized type name, e.g. 审批申请 / Approval request; the class name when there is none.</param>
/// <param name="EntityDisplayName">The entity's own name or title where its type has one and it still exists.</param>
/// <param name="UserName">The user name at the time of the change.</param>
/// <param name="UserDisplayName">The person's display name today, else the user name of the log.</param>
public sealed record EntityChangeLogDto(
    Guid Id,
    string EntityType,
    string EntityTypeDisplayName,
    string EntityId,
    string? EntityDisplayName,
    EntityChangeType ChangeType,
    DateTimeOffset ChangeTime,
    Guid? UserId,
    string? UserName,
    string? UserDisplayName,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges);
