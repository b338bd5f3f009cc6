namespace MarketingSaaS.Events.MarketingEvents;

public sealed record MarketingEventDto(
    Guid Id,
    string Name,
    MarketingEventType Type,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    MarketingEventStatus Status,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);
