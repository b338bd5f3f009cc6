using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Registrations;

/// <summary>Which events take registrations: approved ones and ones in execution (an event can fill up before it starts).</summary>
public static class EventRegistrationRules
{
    public static bool IsRegistrable(MarketingEventStatus status) =>
        status is MarketingEventStatus.Approved or MarketingEventStatus.InExecution;
}
