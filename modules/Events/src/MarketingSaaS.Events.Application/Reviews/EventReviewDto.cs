namespace MarketingSaaS.Events.Reviews;

public sealed record EventReviewDto(
    Guid Id,
    Guid MarketingEventId,
    string GoalAttainment,
    string ResourceEfficiency,
    string? Feedback,
    IReadOnlyList<EventImprovementItemDto> Improvements,
    DateTimeOffset DueTime,
    DateTimeOffset CreationTime,
    Guid? CreatorId,
    string ConcurrencyStamp);
