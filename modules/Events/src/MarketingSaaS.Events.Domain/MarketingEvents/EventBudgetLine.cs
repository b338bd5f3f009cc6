using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>One planned cost of an event (venue, materials, catering...).</summary>
public sealed class EventBudgetLine : Entity<Guid>, IMultiTenant
{
    private EventBudgetLine() { }

    internal EventBudgetLine(Guid id, Guid marketingEventId, string category, decimal amount, string currency) : base(id)
    {
        MarketingEventId = marketingEventId;
        Category = category;
        Amount = amount;
        Currency = currency;
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public string Category { get; private set; } = "";

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";
}
