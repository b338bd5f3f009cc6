namespace MarketingSaaS.Budgets;

public sealed record BudgetFigures(Guid BudgetId, string Currency, BudgetFigure Total, IReadOnlyList<BudgetCategoryFigures> Categories);
