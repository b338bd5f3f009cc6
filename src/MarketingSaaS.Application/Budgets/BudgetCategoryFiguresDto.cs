namespace MarketingSaaS.Budgets;

public sealed record BudgetCategoryFiguresDto(BudgetCategory Category, BudgetFigureDto Total, IReadOnlyList<BudgetPeriodFiguresDto> Periods);
