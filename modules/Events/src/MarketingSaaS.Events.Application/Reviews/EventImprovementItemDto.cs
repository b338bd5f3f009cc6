namespace MarketingSaaS.Events.Reviews;

public sealed record EventImprovementItemDto(Guid Id, string Description, Guid OwnerUserId, DateOnly DueDate);
