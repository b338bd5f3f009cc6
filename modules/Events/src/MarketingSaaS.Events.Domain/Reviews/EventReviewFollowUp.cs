using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Reviews;

/// <summary>What the review deadline job already sent for one event, so each reminder and escalation goes out once.</summary>
public sealed class EventReviewFollowUp : Entity<Guid>, IMultiTenant
{
    private EventReviewFollowUp() { }

    internal EventReviewFollowUp(Guid id, Guid marketingEventId) : base(id) => MarketingEventId = marketingEventId;

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    internal void MarkReminded(DateTimeOffset now) => RemindedAt = now;

    internal void MarkEscalated(DateTimeOffset now) => EscalatedAt = now;
}
