using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.Plans;

/// <summary>Adds and changes risks while the plan is open; the owner must be a user of the company.</summary>
public sealed class EventRiskManager(IUserLookup users)
{
    public async Task<EventRisk> CreateAsync(MarketingEvent marketingEvent, EventRiskDraft draft, CancellationToken cancellationToken = default)
    {
        EventPlanRules.EnsurePlanOpen(marketingEvent);
        return new EventRisk(SequentialGuid.Create(), marketingEvent.Id, await CheckAsync(draft, cancellationToken));
    }

    public async Task UpdateAsync(MarketingEvent marketingEvent, EventRisk risk, EventRiskDraft draft, CancellationToken cancellationToken = default)
    {
        EventPlanRules.EnsurePlanOpen(marketingEvent);
        risk.Apply(await CheckAsync(draft, cancellationToken));
    }

    public static void EnsureDeletable(MarketingEvent marketingEvent) => EventPlanRules.EnsurePlanOpen(marketingEvent);

    private async Task<EventRiskDraft> CheckAsync(EventRiskDraft draft, CancellationToken cancellationToken)
    {
        if (!(await users.FindExistingAsync([draft.OwnerUserId], cancellationToken)).Contains(draft.OwnerUserId))
        {
            throw new FieldValidationException("ownerUserId", EventPlanErrorCodes.UnknownRiskOwner);
        }

        return draft with
        {
            Description = draft.Description.Trim(),
            ContingencyPlan = string.IsNullOrWhiteSpace(draft.ContingencyPlan) ? null : draft.ContingencyPlan.Trim(),
        };
    }
}
