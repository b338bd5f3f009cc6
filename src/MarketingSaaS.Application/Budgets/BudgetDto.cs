namespace MarketingSaaS.Budgets;

/// <summary>Figures are filled when one budget is read, not in lists.</summary>
public sealed record BudgetDto(
    Guid Id,
    int FiscalYear,
    Guid OrganizationUnitId,
    string Currency,
    string Name,
    IReadOnlyList<BudgetLineDto> Lines,
    string ConcurrencyStamp,
    BudgetFiguresDto? Figures);
