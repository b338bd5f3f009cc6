namespace MarketingSaaS.Events.MarketingEvents;

public sealed record EventBudgetLineDraft(string Category, decimal Amount, string Currency);
