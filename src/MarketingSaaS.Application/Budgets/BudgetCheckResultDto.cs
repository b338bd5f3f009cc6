namespace MarketingSaaS.Budgets;

public sealed record BudgetCheckResultDto(Guid BudgetId, BudgetWarningLevel WarningLevel, decimal Remaining, string Currency);
