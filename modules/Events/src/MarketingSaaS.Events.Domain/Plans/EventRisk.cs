using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Plans;

/// <summary>A risk of an event with its likelihood, impact, contingency plan (应急预案), owner and status.</summary>
public sealed class EventRisk : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private EventRisk() { }

    internal EventRisk(Guid id, Guid marketingEventId, EventRiskDraft draft) : base(id)
    {
        MarketingEventId = marketingEventId;
        Apply(draft);
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public string Description { get; private set; } = "";

    public RiskLevel Likelihood { get; private set; }

    public RiskLevel Impact { get; private set; }

    public string? ContingencyPlan { get; private set; }

    public Guid OwnerUserId { get; private set; }

    public EventRiskStatus Status { get; private set; }

    internal void Apply(EventRiskDraft draft)
    {
        Description = draft.Description;
        Likelihood = draft.Likelihood;
        Impact = draft.Impact;
        ContingencyPlan = draft.ContingencyPlan;
        OwnerUserId = draft.OwnerUserId;
        Status = draft.Status;
    }
}
