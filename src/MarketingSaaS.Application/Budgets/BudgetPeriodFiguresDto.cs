namespace MarketingSaaS.Budgets;

public sealed record BudgetPeriodFiguresDto(BudgetPeriodKind PeriodKind, int? PeriodNumber, BudgetFigureDto Figure);
