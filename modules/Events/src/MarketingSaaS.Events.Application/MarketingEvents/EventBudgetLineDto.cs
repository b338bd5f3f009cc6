namespace MarketingSaaS.Events.MarketingEvents;

public sealed record EventBudgetLineDto(Guid Id, string Category, decimal Amount, string Currency);
