using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Plans;

/// <summary>A key date of an event: one of its key milestones (subject = the milestone) or its start (subject = the event).</summary>
public sealed record RehearsalKeyDate(MarketingEvent Event, Guid SubjectId, string Name, DateTimeOffset Date)
{
    public bool IsEventStart => SubjectId == Event.Id;
}
