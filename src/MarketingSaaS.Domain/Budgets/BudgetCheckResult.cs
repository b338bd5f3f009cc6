namespace MarketingSaaS.Budgets;

/// <summary>The warning level the category of the budget would reach with the amount, and what remains before it.</summary>
public sealed record BudgetCheckResult(Guid BudgetId, BudgetWarningLevel Level, decimal Remaining, string Currency);
