using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>A risk copied from the source event: what may go wrong and the contingency plan; owner and status are not kept.</summary>
public sealed class EventTemplateRisk : Entity<Guid>, IMultiTenant
{
    private EventTemplateRisk() { }

    internal EventTemplateRisk(Guid id, Guid eventTemplateId, int sortOrder, EventTemplateRiskDraft draft) : base(id)
    {
        EventTemplateId = eventTemplateId;
        SortOrder = sortOrder;
        Description = draft.Description;
        Likelihood = draft.Likelihood;
        Impact = draft.Impact;
        ContingencyPlan = draft.ContingencyPlan;
    }

    public Guid TenantId { get; private set; }

    public Guid EventTemplateId { get; private set; }

    public int SortOrder { get; private set; }

    public string Description { get; private set; } = "";

    public RiskLevel Likelihood { get; private set; }

    public RiskLevel Impact { get; private set; }

    public string? ContingencyPlan { get; private set; }
}
