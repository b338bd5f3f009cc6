using MarketingSaaS.Approvals;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>An event as the portal shows it; times are UTC instants (the portal shows them in the company's time zone).</summary>
public sealed record MarketingEventDto(
    Guid Id,
    string Name,
    MarketingEventType Type,
    bool IsSpecial,
    RiskTier RiskTier,
    string? Goal,
    string? Theme,
    string? TargetAudience,
    string? Description,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    string? Place,
    string? OnlineLink,
    Guid OwnerUnitId,
    EventValueCanvasDto ValueCanvas,
    IReadOnlyList<EventBudgetLineDto> BudgetLines,
    decimal TotalBudget,
    MarketingEventStatus Status,
    Guid? ApprovalRequestId,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);
