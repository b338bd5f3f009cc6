using MarketingSaaS.Approvals;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>What a planner fills in for an event (everything but the budget lines).</summary>
public sealed record MarketingEventDraft(
    string Name,
    MarketingEventType Type,
    bool IsSpecial,
    RiskTier RiskTier,
    string? Goal,
    string? Theme,
    string? TargetAudience,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string? Place,
    string? OnlineLink,
    Guid OwnerUnitId,
    EventValueCanvas ValueCanvas,
    string? Description = null);
