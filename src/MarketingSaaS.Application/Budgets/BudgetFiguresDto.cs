namespace MarketingSaaS.Budgets;

public sealed record BudgetFiguresDto(
    Guid BudgetId,
    Guid OrganizationUnitId,
    int FiscalYear,
    string Currency,
    BudgetFigureDto Total,
    IReadOnlyList<BudgetCategoryFiguresDto> Categories);
