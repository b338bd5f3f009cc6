using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.EventTemplates;

public sealed record EventTemplateDto(
    Guid Id,
    string Name,
    string? Description,
    Guid SourceEventId,
    MarketingEventType Type,
    bool IsSpecial,
    RiskTier RiskTier,
    string? Goal,
    string? Theme,
    string? TargetAudience,
    string? Place,
    string? OnlineLink,
    Guid OwnerUnitId,
    EventValueCanvasDto ValueCanvas,
    IReadOnlyList<EventBudgetLineDto> BudgetLines,
    decimal TotalBudget,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp,
    IReadOnlyList<EventTemplateTaskDto> Tasks,
    IReadOnlyList<EventTemplateMilestoneDto> Milestones,
    IReadOnlyList<EventTemplateRiskDto> Risks);
