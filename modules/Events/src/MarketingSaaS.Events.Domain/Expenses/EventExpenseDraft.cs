namespace MarketingSaaS.Events.Expenses;

public sealed record EventExpenseDraft(Guid BudgetLineId, decimal Amount, string Currency, DateTimeOffset SpentOn, string? Note);
