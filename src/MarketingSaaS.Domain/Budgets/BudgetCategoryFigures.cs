namespace MarketingSaaS.Budgets;

public sealed record BudgetCategoryFigures(BudgetCategory Category, BudgetFigure Total, IReadOnlyList<BudgetPeriodFigure> Periods);
