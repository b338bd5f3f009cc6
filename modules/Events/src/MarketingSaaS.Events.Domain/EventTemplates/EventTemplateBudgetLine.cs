using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>A planned cost copied from the source event's budget lines.</summary>
public sealed class EventTemplateBudgetLine : Entity<Guid>, IMultiTenant
{
    private EventTemplateBudgetLine() { }

    internal EventTemplateBudgetLine(Guid id, Guid eventTemplateId, int sortOrder, string category, decimal amount, string currency) : base(id)
    {
        EventTemplateId = eventTemplateId;
        SortOrder = sortOrder;
        Category = category;
        Amount = amount;
        Currency = currency;
    }

    public Guid TenantId { get; private set; }

    public Guid EventTemplateId { get; private set; }

    public int SortOrder { get; private set; }

    public string Category { get; private set; } = "";

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";
}
