using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Reviews;

/// <summary>One line of the 《效能优化清单》: what to improve, who owns it, by when.</summary>
public sealed class EventImprovementItem : Entity<Guid>, IMultiTenant
{
    private EventImprovementItem() { }

    internal EventImprovementItem(Guid id, Guid eventReviewId, string description, Guid ownerUserId, DateOnly dueDate) : base(id)
    {
        EventReviewId = eventReviewId;
        Description = description;
        OwnerUserId = ownerUserId;
        DueDate = dueDate;
    }

    public Guid TenantId { get; private set; }

    public Guid EventReviewId { get; private set; }

    public string Description { get; private set; } = "";

    public Guid OwnerUserId { get; private set; }

    public DateOnly DueDate { get; private set; }
}
