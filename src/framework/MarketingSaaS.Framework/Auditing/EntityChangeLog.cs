using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Auditing;

/// <summary>
/// One change of one tenant-owned entity, written in the same transaction as the change itself.
/// <see cref="Changes"/> is JSON: [{ "property": "...", "old": "...", "new": "..." }].
/// </summary>
public sealed class EntityChangeLog : Entity<Guid>, IMultiTenant
{
    private EntityChangeLog() { }

    public EntityChangeLog(Guid id, string entityType, string entityId, EntityChangeType changeType, DateTimeOffset changeTime, Guid? userId, string? userName, string changes)
        : base(id)
    {
        EntityType = entityType;
        EntityId = entityId;
        ChangeType = changeType;
        ChangeTime = changeTime;
        UserId = userId;
        UserName = userName;
        Changes = changes;
    }

    public Guid TenantId { get; private set; }

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public EntityChangeType ChangeType { get; private set; }

    public DateTimeOffset ChangeTime { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string Changes { get; private set; } = "[]";
}
