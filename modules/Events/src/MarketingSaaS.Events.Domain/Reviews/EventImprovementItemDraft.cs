namespace MarketingSaaS.Events.Reviews;

public sealed record EventImprovementItemDraft(string Description, Guid OwnerUserId, DateOnly DueDate);
