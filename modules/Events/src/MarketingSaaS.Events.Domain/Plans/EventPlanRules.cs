using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.Plans;

/// <summary>
/// Which event states let the plan change: tasks, milestones and risks are edited while the event is a draft
/// (also rejected or returned) and while it is approved or running; they are locked while the approvers look at
/// it and once it is completed or closed. Progress is reported only once the event is approved or running.
/// </summary>
public static class EventPlanRules
{
    public static bool IsPlanOpen(MarketingEvent marketingEvent) =>
        marketingEvent.IsEditable || marketingEvent.Status is MarketingEventStatus.Approved or MarketingEventStatus.InExecution;

    public static void EnsurePlanOpen(MarketingEvent marketingEvent)
    {
        if (!IsPlanOpen(marketingEvent))
        {
            throw new BusinessException(EventPlanErrorCodes.PlanLocked, new Dictionary<string, object?> { ["status"] = marketingEvent.Status });
        }
    }

    public static void EnsureProgressOpen(MarketingEvent marketingEvent)
    {
        if (marketingEvent.Status is not (MarketingEventStatus.Approved or MarketingEventStatus.InExecution))
        {
            throw new BusinessException(EventPlanErrorCodes.ProgressNotOpen, new Dictionary<string, object?> { ["status"] = marketingEvent.Status });
        }
    }
}
