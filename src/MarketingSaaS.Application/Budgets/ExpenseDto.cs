namespace MarketingSaaS.Budgets;

public sealed record ExpenseDto(
    Guid Id,
    Guid BudgetId,
    Guid OrganizationUnitId,
    BudgetCategory Category,
    DateTimeOffset Date,
    int FiscalYear,
    int FiscalQuarter,
    int Month,
    decimal Amount,
    string Currency,
    string Description,
    Guid? CommitmentId);
