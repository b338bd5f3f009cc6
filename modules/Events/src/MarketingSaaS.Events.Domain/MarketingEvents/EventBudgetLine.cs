using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>One planned cost of an event (venue, materials, catering...).</summary>
public sealed class EventBudgetLine : Entity<Guid>, IMultiTenant
{
    private EventBudgetLine() { }

    internal EventBudgetLine(Guid id, Guid marketingEventId, int sortOrder, string category, decimal amount, string currency) : base(id)
    {
        MarketingEventId = marketingEventId;
        SortOrder = sortOrder;
        Category = category;
        Amount = amount;
        Currency = currency;
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    /// <summary>The line's place in the list the planner entered.</summary>
    public int SortOrder { get; private set; }

    public string Category { get; private set; } = "";

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";
}
