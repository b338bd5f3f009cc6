using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Registrations;

/// <summary>What the public registration page shows: no budget, owner or approval data.</summary>
public sealed record PublicEventDto(
    Guid Id,
    string Name,
    MarketingEventType Type,
    string? Theme,
    string? TargetAudience,
    string? Description,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string? Place,
    string? OnlineLink,
    bool IsRegistrationOpen,
    int Capacity,
    int SeatsLeft);
