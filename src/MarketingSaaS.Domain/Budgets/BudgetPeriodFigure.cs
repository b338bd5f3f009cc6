namespace MarketingSaaS.Budgets;

public sealed record BudgetPeriodFigure(BudgetPeriodKind PeriodKind, int? PeriodNumber, BudgetFigure Figure);
