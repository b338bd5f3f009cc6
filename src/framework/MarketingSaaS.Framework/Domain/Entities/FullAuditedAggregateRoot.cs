namespace MarketingSaaS.Framework.Domain.Entities;

/// <summary>Creation, modification and deletion are stamped by the DbContext; deletes are soft.</summary>
public abstract class FullAuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IFullAudited
    where TKey : notnull
{
    protected FullAuditedAggregateRoot() { }

    protected FullAuditedAggregateRoot(TKey id) : base(id) { }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public DateTimeOffset? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset? DeletionTime { get; private set; }

    public Guid? DeleterId { get; private set; }
}
