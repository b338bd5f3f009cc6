using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>Creates events and guards the rules that need more than the aggregate itself.</summary>
public sealed class MarketingEventManager
{
    public MarketingEvent Create(string name, MarketingEventType type, DateTimeOffset startTime, DateTimeOffset endTime)
    {
        if (endTime <= startTime)
        {
            throw new FieldValidationException("endTime", EventsErrorCodes.InvalidSchedule);
        }

        return new MarketingEvent(Guid.CreateVersion7(), name.Trim(), type, startTime.ToUniversalTime(), endTime.ToUniversalTime());
    }
}
