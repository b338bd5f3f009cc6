namespace MarketingSaaS.Budgets;

public sealed record BudgetLineDraft(BudgetCategory Category, BudgetPeriodKind PeriodKind, int? PeriodNumber, decimal PlannedAmount);
